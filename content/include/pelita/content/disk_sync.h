#pragma once
// Making a written file, or a folder's new entries, survive a power cut: the
// same calls the package installer uses, for code outside content/ that writes
// files the same way (pelita-server's package shelf). Any thread.
#include <filesystem>
#include <string>

namespace pelita::content {

// Flushes the file's bytes to disk. False, with `error` saying why, when it cannot.
bool syncFileToDisk(const std::filesystem::path& file, std::string& error);

// Makes a folder's entries (a new file, a rename) durable. Windows commits
// folder changes itself, so there it does nothing.
void syncFolderToDisk(const std::filesystem::path& folder);

} // namespace pelita::content
