#include "package/install_lock.h"

#include <cerrno>

#ifdef _WIN32
#include <mutex>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace pelita::content::detail {

#ifdef _WIN32
// Windows kiosks run one Pelita process at a time; threads still take turns.
namespace {
std::mutex g_installs;
}

InstallLock::InstallLock(const std::filesystem::path&, Wait wait) {
    if (wait == Wait::Yes) {
        g_installs.lock();
        held_ = true;
    } else {
        held_ = g_installs.try_lock();
    }
}

InstallLock::~InstallLock() {
    if (held_) g_installs.unlock();
}
#else
InstallLock::InstallLock(const std::filesystem::path& dataDir, Wait wait) {
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    fd_ = ::open((dataDir / ".courses.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    // Without a lock file (a read-only data folder) there is nothing to
    // protect: no install can write there either. Go ahead.
    if (fd_ < 0) {
        held_ = true;
        return;
    }
    int rc;
    do {
        rc = ::flock(fd_, LOCK_EX | (wait == Wait::No ? LOCK_NB : 0));
    } while (rc != 0 && errno == EINTR);
    held_ = rc == 0;
}

InstallLock::~InstallLock() {
    if (fd_ >= 0) ::close(fd_); // releases the flock
}
#endif

} // namespace pelita::content::detail
