#pragma once
// A course package (.pelita): a zip holding course.json (the manifest), the files
// it lists, and an optional detached signature. docs/package-format.md is the
// format; this header is its in-memory form. Plain values, any thread.
#include <pelita/content/course.h>
#include <pelita/content/course_loader.h>
#include <pelita/content/expected.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pelita::content {

// The version of the package format this code writes and reads ("packageFormat").
inline constexpr int kPackageFormatVersion = 1;
inline constexpr std::string_view kManifestEntry = "course.json";
inline constexpr std::string_view kSignatureEntry = "signature";

struct PackageFile {
    std::string path; // UTF-8, '/'-separated, relative to the course root
    std::uint64_t size = 0;
    std::string sha256; // 64 lowercase hex digits
};

// course.json as found in a package. `bytes` are exactly what was signed; the
// other fields are read from them. The course structure (modules, lessons,
// quizzes) is in course.json too, and loadCourse() reads it once installed.
struct PackageManifest {
    std::string bytes;
    std::string iri;
    std::string version;
    LocalizedText title;
    LocalizedText description;
    double jpHours = 0;
    double passMark = 0.7;
    std::string cover; // a listed image file, or empty
    int modules = 0, lessons = 0, quizzes = 0;
    std::vector<PackageFile> files;

    std::uint64_t totalBytes() const; // the listed files' sizes added up
    const PackageFile* find(std::string_view path) const;
};

// Checks course.json against the package schema (docs/package-format.md). Every
// problem names course.json and the field, e.g. "course.json: files[2].sha256: ...".
Expected<PackageManifest, ContentError> parseManifest(std::string bytes);

// What a kiosk accepts, so that a crafted zip cannot fill its disk or memory.
struct PackageLimits {
    std::uint64_t maxTotalBytes = 8ull << 30; // all files, unpacked
    std::uint64_t maxEntries = 20000;
    std::uint64_t maxManifestBytes = 16u << 20;
    double maxRatio = 200;                      // unpacked / packed, per entry...
    std::uint64_t ratioCheckedAbove = 1u << 20; // ...once it unpacks to more than this
};

// Compares dotted versions ("1.10.0" > "1.9.2"), numerically where both parts are
// numbers. Negative when a < b, 0 when equal, positive when a > b.
int compareVersions(std::string_view a, std::string_view b);

} // namespace pelita::content
