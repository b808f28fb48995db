#include "package/durable_file.h"

#include <cerrno>
#include <cstring>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pelita::content::detail {

namespace {
// How much written data may wait before the disk is asked to start on it.
constexpr std::uint64_t kWritebackStep = 8u << 20;

std::string lastError(const char* what) {
    return std::string(what) + ": " + std::strerror(errno);
}
} // namespace

DurableFile::~DurableFile() {
#ifdef _WIN32
    if (fd_ >= 0) _close(fd_);
#else
    if (fd_ >= 0) ::close(fd_);
#endif
}

bool DurableFile::create(const std::filesystem::path& file, std::string& error) {
#ifdef _WIN32
    fd_ = _wopen(file.c_str(), _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY, _S_IREAD | _S_IWRITE);
#else
    constexpr int kFlags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC;
#ifdef __linux__
    fd_ = ::open(file.c_str(), kFlags | O_DIRECT, 0644);
    direct_ = fd_ >= 0;
    if (fd_ < 0 && errno == EINVAL) // the filesystem has no direct I/O (tmpfs, some FUSE)
#endif
        fd_ = ::open(file.c_str(), kFlags, 0644);
#endif
    if (fd_ < 0) error = lastError("cannot be created");
    return fd_ >= 0;
}

bool DurableFile::write(const char* data, std::size_t size, std::string& error) {
    const bool aligned = reinterpret_cast<std::uintptr_t>(data) % kDirectAlign == 0 && written_ % kDirectAlign == 0;
    if (direct_ && !aligned) leaveDirect();
    if (direct_) {
        const std::size_t body = size - size % kDirectAlign;
        const std::uint64_t before = written_;
        std::string directError; // what failed here is retried below
        if (body > 0) writeAll(data, body, directError);
        const auto done = static_cast<std::size_t>(written_ - before);
        data += done;
        size -= done;
        writeback_ = written_; // direct writes leave nothing for the write-out
        if (size == 0) return true;
        // The file's tail; or a failed direct write (a filesystem that opens with
        // O_DIRECT but refuses these blocks), retried through the page cache,
        // which reports a real failure such as a full disk again.
        leaveDirect();
    }
    if (!writeAll(data, size, error)) return false;
    if (written_ - writeback_ >= kWritebackStep) startWriteback(written_);
    return true;
}

bool DurableFile::writeAll(const char* data, std::size_t size, std::string& error) {
    while (size > 0) {
#ifdef _WIN32
        const auto n = _write(fd_, data, static_cast<unsigned>(size));
#else
        const auto n = ::write(fd_, data, size);
#endif
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error = lastError("cannot be written");
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
        written_ += static_cast<std::uint64_t>(n);
    }
    return true;
}

void DurableFile::leaveDirect() {
#ifdef __linux__
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags >= 0) ::fcntl(fd_, F_SETFL, flags & ~O_DIRECT);
#endif
    direct_ = false;
    writeback_ = written_;
}

void DurableFile::startWriteback(std::uint64_t upTo) {
#ifdef __linux__
    // Only starts the write-out and does not wait: durability still comes from
    // syncFile(). A failure here is harmless, so it is not reported.
    ::sync_file_range(fd_, static_cast<off_t>(writeback_), static_cast<off_t>(upTo - writeback_),
                      SYNC_FILE_RANGE_WRITE);
#endif
    writeback_ = upTo;
}

bool DurableFile::close(std::string& error) {
    if (written_ > writeback_) startWriteback(written_);
#ifdef _WIN32
    const bool closed = _close(fd_) == 0;
#else
    const bool closed = ::close(fd_) == 0;
#endif
    fd_ = -1;
    if (!closed) error = lastError("cannot be written");
    return closed;
}

bool syncFile(const std::filesystem::path& file, std::string& error) {
#ifdef _WIN32
    const int fd = _wopen(file.c_str(), _O_WRONLY | _O_BINARY);
    const bool synced = fd >= 0 && _commit(fd) == 0;
    if (fd >= 0) _close(fd);
#else
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) ::close(fd);
#endif
    if (!synced) error = lastError("cannot be saved to disk");
    return synced;
}

void syncFolder(const std::filesystem::path& folder) {
#ifndef _WIN32
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
#else
    (void)folder;
#endif
}

} // namespace pelita::content::detail
