#pragma once
// Importing courses from a folder or a USB stick, as `pelita import` and the
// trainer's "Impor kursus" tab do: find the packages, install each one with
// content::installPackage, and say why a refused one was refused in a way the
// kiosk can word in the trainer's language.
//
// Threads: any thread but the UI thread (it reads and writes the disk). One
// import per data folder at a time, as content::installPackage requires.
#include <pelita/content/course.h>
#include <pelita/content/package_installer.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace pelita::kiosk {

struct CoursesFound {
    std::vector<std::filesystem::path> packages; // .pelita files, sorted
    std::vector<std::filesystem::path> folders;  // course source folders (a course.json inside), sorted
};

// A package file; a course source folder; or a folder (a USB stick) with packages
// anywhere below it and course source folders one level down.
CoursesFound findCourses(const std::filesystem::path& path);

// Why a package was refused, in the terms a trainer acts on.
enum class ImportRefusal {
    None,
    Unsigned,     // no signature, and this kiosk takes signed packages only
    Untrusted,    // signed by a key that is not in trusted-keys/
    Tampered,     // the signature or a file's SHA-256 does not match: changed or damaged
    Older,        // an older version than the one installed
    OtherCourse,  // its folder name is taken by another course
    Unreadable,   // not a package, or broken in another way (details say how)
};

struct PackageImported {
    std::filesystem::path source;
    ImportRefusal refusal = ImportRefusal::None;
    std::vector<std::string> details;  // refused: each problem, in English (ContentError::describe)
    // Installed (refusal None):
    content::LocalizedText title;
    std::string version, previousVersion;
    content::InstallOutcome outcome = content::InstallOutcome::Installed;
    bool trustedSigner = false;        // false: let in by the allow-unsigned setting
    std::string signerName;
};

// Where an import is: package `index` (0-based) of `count`, and its bytes.
struct ImportProgress {
    std::size_t index = 0, count = 0;
    std::filesystem::path source;
    std::uint64_t done = 0, total = 0;
};

struct ImportRun {
    bool allowUnsigned = false;
    // Called on the importing thread: at each package's start and as its bytes are
    // unpacked, at most about once per percent.
    std::function<void(const ImportProgress&)> progress;
    // Checked between packages: true stops the import (the kiosk is closing).
    std::function<bool()> stopRequested;
};

// Installs every package and course folder of `found`, in order; one refusal never
// stops the rest. Returns one entry per package or folder tried.
std::vector<PackageImported> importCourses(const CoursesFound& found, const std::filesystem::path& dataDir,
                                           const ImportRun& run);

// The refusal for `problems` from installPackage, looking at the package again
// (manifest and signature only, no file hashing) to tell the cases apart.
ImportRefusal refusalOf(const std::filesystem::path& package, const std::filesystem::path& dataDir,
                        bool allowUnsigned, const std::vector<content::ContentError>& problems);

} // namespace pelita::kiosk
