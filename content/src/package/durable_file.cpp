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
    fd_ = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
#endif
    if (fd_ < 0) error = lastError("cannot be created");
    return fd_ >= 0;
}

bool DurableFile::write(const char* data, std::size_t size, std::string& error) {
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
    if (written_ - writeback_ >= kWritebackStep) startWriteback(written_);
    return true;
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
