#pragma once
// Where "Simpan ke USB" can save: the mounted removable media of the signed-in
// desktop user, and the folder a trainer named in the setting certificate.usb_folder
// (also how tests give a target). Any thread; touches the disk.
#include <pelita/content/expected.h>

#include <filesystem>
#include <string>
#include <vector>

namespace pelita::certificate {

// The folders under /media/<user>/ and /run/media/<user>/ (where desktop
// automounters put USB sticks), then `extra` if it exists. `user` empty = $USER.
std::vector<std::filesystem::path> removableFolders(const std::filesystem::path& extra, std::string user = {});

// Copies `file` into `folder` under its own name, atomically (temporary file,
// flushed, renamed), so a stick pulled out mid-copy never holds half a file.
// Returns the new file's path, or why not.
Expected<std::filesystem::path, std::string> copyToFolder(const std::filesystem::path& file,
                                                          const std::filesystem::path& folder);

// Same for bytes made on the spot (the SIASN CSV), as `name` in `folder`.
Expected<std::filesystem::path, std::string> writeToFolder(const std::string& bytes, const std::string& name,
                                                           const std::filesystem::path& folder);

} // namespace pelita::certificate
