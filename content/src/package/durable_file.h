#pragma once
// Internal: writing files and folders so that they survive a power cut. A file
// is written and closed first and made durable later with syncFile(): a batch
// of files flushed together keeps the disk busy, where a flush after each file
// would leave it idle while the next one is written. Where the platform allows
// (Linux), each few megabytes are handed to the disk as they are written, so that
// the flush at the end finds little left to do. The only platform-specific
// code in content/. One thread per object.
#include <cstdint>
#include <filesystem>
#include <string>

namespace pelita::content::detail {

class DurableFile {
public:
    DurableFile() = default;
    ~DurableFile(); // closes without syncing (the install failed)
    DurableFile(const DurableFile&) = delete;
    DurableFile& operator=(const DurableFile&) = delete;

    bool create(const std::filesystem::path& file, std::string& error); // fails if it exists
    bool write(const char* data, std::size_t size, std::string& error);
    bool close(std::string& error); // closes; syncFile() makes it durable

private:
    void startWriteback(std::uint64_t upTo);

    int fd_ = -1;
    std::uint64_t written_ = 0;   // bytes written so far
    std::uint64_t writeback_ = 0; // bytes already handed to the disk
};

// Flushes a written file's bytes to disk.
bool syncFile(const std::filesystem::path& file, std::string& error);

// Makes a folder's entries (new files, renames) durable. A no-op where the
// platform has no such call (Windows commits directory changes itself).
void syncFolder(const std::filesystem::path& folder);

} // namespace pelita::content::detail
