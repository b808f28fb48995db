#include <pelita/content/course_library.h>
#include <pelita/content/package_installer.h>

#include <pelita/sync/kiosk_settings.h>

#include "app/course_import.h"
#include "cli/commands.h"

#include <iostream>

namespace pelita::kiosk::cli {

namespace fs = std::filesystem;

namespace {

const char* said(content::InstallOutcome outcome) {
    switch (outcome) {
    case content::InstallOutcome::Installed:
        return "installed";
    case content::InstallOutcome::Upgraded:
        return "upgraded";
    case content::InstallOutcome::Replaced:
        return "reinstalled";
    case content::InstallOutcome::Downgraded:
        return "downgraded";
    case content::InstallOutcome::AlreadyInstalled:
        return "already installed";
    }
    return "";
}

bool importPackage(const fs::path& package, const Options& o, bool allowUnsigned) {
    content::InstallOptions options;
    options.allowDowngrade = o.allowDowngrade;
    options.allowUnsigned = allowUnsigned;
    auto installed = content::installPackage(package, o.dataDir, options);
    if (!installed) {
        std::cerr << "refused " << package.string() << ":\n";
        for (const auto& problem : installed.error())
            std::cerr << "  " << problem.describe() << "\n";
        return false;
    }
    std::cout << said(installed->outcome) << " " << installed->course.title.get("id") << " ("
              << installed->course.version;
    if (!installed->previousVersion.empty() &&
        installed->outcome != content::InstallOutcome::AlreadyInstalled)
        std::cout << ", was " << installed->previousVersion;
    std::cout << ") from " << package.string();
    if (installed->signature == content::SignatureState::Trusted)
        std::cout << ", signed by " << installed->signerName;
    else
        std::cout << ", NOT signed by a trusted publisher (allowed by this kiosk's settings, for test courses only)";
    std::cout << "\n";
    return true;
}

bool importFolder(const fs::path& folder, const Options& o) {
    auto installed = content::installCourseFolder(folder, o.dataDir);
    if (!installed) {
        std::cerr << "refused " << folder.string() << ": " << installed.error().describe() << "\n";
        return false;
    }
    std::cout << "installed " << installed->title.get("id") << " (" << installed->version << ") from "
              << folder.string() << "\n";
    return true;
}

} // namespace

int runImport(const Options& o) {
    std::error_code ec;
    if (!fs::exists(o.importPath, ec)) {
        std::cerr << "pelita import: " << o.importPath.string() << ": does not exist\n";
        return 1;
    }
    const CoursesFound found = findCourses(o.importPath);
    if (found.packages.empty() && found.folders.empty()) {
        std::cerr << "pelita import: no course found in " << o.importPath.string()
                  << " (looked for .pelita packages, and folders holding a course.json)\n";
        return 1;
    }
    // The trainer's setting for test courses; a kiosk without a records store yet has it off.
    bool allowUnsigned = false;
    if (auto store = sync::RecordsStore::open(o.dataDir))
        allowUnsigned = sync::KioskSettings::load(**store).allowUnsignedPackages;
    int failures = 0;
    for (const auto& package : found.packages)
        failures += importPackage(package, o, allowUnsigned) ? 0 : 1;
    for (const auto& folder : found.folders)
        failures += importFolder(folder, o) ? 0 : 1;
    return failures == 0 ? 0 : 1;
}

} // namespace pelita::kiosk::cli
