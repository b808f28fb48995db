#pragma once
// InstallLock: one course install (or uninstall, or clean-up of an
// interrupted one) at a time per data folder, across threads and processes:
// the kiosk's USB import, its background downloads and `pelita import` in a
// shell may all try at once. Each works in a staging folder that the others'
// clean-up (recoverInterruptedInstalls) would otherwise take for a leftover
// and delete. The lock is an flock() on <data>/.courses.lock, released when
// the holder ends, even by a crash.
// Thread notes: a lock object belongs to the thread that made it.
#include <filesystem>

namespace pelita::content::detail {

class InstallLock {
public:
    enum class Wait { Yes, No };
    // Wait::No: held() says whether the lock was free.
    InstallLock(const std::filesystem::path& dataDir, Wait wait);
    ~InstallLock();
    InstallLock(const InstallLock&) = delete;
    InstallLock& operator=(const InstallLock&) = delete;

    bool held() const { return held_; }

private:
    int fd_ = -1;
    bool held_ = false;
};

} // namespace pelita::content::detail
