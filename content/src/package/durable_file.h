#pragma once
// Internal: writing files and folders so that they survive a power cut. A file
// is written and closed first and made durable later with syncFile(): a batch
// of files flushed together keeps the disk busy, where a flush after each file
// would leave it idle while the next one is written. Where the platform allows
// (Linux), each few megabytes are handed to the disk as they are written, so that
// the flush at the end finds little left to do. On Linux a file is written with
// O_DIRECT where the filesystem allows it: aligned blocks go from the caller's
// buffer straight to the disk, with no copy into the page cache (which was a third
// of an import's CPU time, and evicted what the kiosk had cached). The only
// platform-specific code in content/. One thread per object.
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

    // Direct writes need a buffer, a length and a file offset that are multiples
    // of this; anything else (a file's tail, an unaligned caller) is written
    // through the page cache.
    static constexpr std::size_t kDirectAlign = 4096;

    bool create(const std::filesystem::path& file, std::string& error); // fails if it exists
    bool write(const char* data, std::size_t size, std::string& error);
    bool close(std::string& error); // closes; syncFile() makes it durable

private:
    void startWriteback(std::uint64_t upTo);
    bool writeAll(const char* data, std::size_t size, std::string& error);
    void leaveDirect(); // the rest of the file goes through the page cache

    int fd_ = -1;
    bool direct_ = false;
    std::uint64_t written_ = 0;   // bytes written so far
    std::uint64_t writeback_ = 0; // bytes already handed to the disk
};

// Flushes a written file's bytes to disk.
bool syncFile(const std::filesystem::path& file, std::string& error);

// Makes a folder's entries (new files, renames) durable. A no-op where the
// platform has no such call (Windows commits directory changes itself).
void syncFolder(const std::filesystem::path& folder);

} // namespace pelita::content::detail
