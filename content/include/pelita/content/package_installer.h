#pragma once
// Installing a .pelita on a kiosk: verify, unpack into a staging folder beside
// <data>/courses/<slug>, fsync, and rename into place. A failure or a kill at any
// moment leaves the old course or the new one, never a mix: the next
// loadInstalledCourses() (kiosk start) or install finishes or undoes a swap that
// was cut short. Run off the UI thread. Installs into one data folder take
// turns, across threads and processes (a lock file, <data>/.courses.lock): a
// second one waits for the first.
#include <pelita/content/course.h>
#include <pelita/content/package_verifier.h>

#include <cstdint>
#include <filesystem>
#include <functional>

namespace pelita::content {

struct InstallOptions {
    bool allowUnsigned = false;  // the kiosk setting: accept unsigned or untrusted packages
    bool allowDowngrade = false; // replace an installed course with an older version
    // Called from the installing thread with bytes unpacked so far and the total.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    PackageLimits limits;
};

enum class InstallOutcome {
    Installed,        // the course was new on this kiosk
    Upgraded,         // a newer version replaced the installed one
    Replaced,         // the same version, with different contents, replaced it
    Downgraded,       // an older version replaced it (allowDowngrade)
    AlreadyInstalled, // the very same package was installed; nothing was written
};

struct InstalledPackage {
    Course course;
    InstallOutcome outcome = InstallOutcome::Installed;
    std::string previousVersion; // empty when the course was new
    SignatureState signature = SignatureState::Missing;
    std::string signerName;
};

// Trust comes from <dataDir>/trusted-keys/*.pub. Refusals carry every problem found.
Expected<InstalledPackage, std::vector<ContentError>> installPackage(const std::filesystem::path& package,
                                                                     const std::filesystem::path& dataDir,
                                                                     const InstallOptions& options);

} // namespace pelita::content
