// Earlier versions of installed courses, kept for the attempts that started on them.
#include <pelita/content/course_library.h>

#include "course_paths.h"
#include "package/course_swap.h"
#include "package/durable_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace pelita::content {

namespace fs = std::filesystem;

namespace {

// A version as a folder name: the same characters as a slug, plus '.'.
std::string versionFolderName(std::string_view version) {
    const std::string name = detail::safeFolderName(version, ".");
    return name.empty() || name[0] == '.' ? "v" + name : name;
}

std::string installedVersion(const fs::path& folder) {
    std::ifstream in(folder / "course.json", std::ios::binary);
    const auto doc = nlohmann::json::parse(in, nullptr, false);
    return doc.is_object() && doc.contains("version") && doc["version"].is_string()
               ? doc["version"].get<std::string>()
               : std::string();
}

fs::path previousVersionsRoot(const fs::path& dataDir) { return dataDir / "previous-versions"; }

} // namespace

Expected<Course, ContentError> loadCourseVersion(const fs::path& dataDir, std::string_view iri,
                                                 std::string_view version) {
    const std::string slug = courseSlug(iri);
    for (const auto& folder : {dataDir / "courses" / slug,
                               previousVersionsRoot(dataDir) / slug / versionFolderName(version)}) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec)) continue;
        auto course = loadCourse(folder);
        if (course && course->iri == iri && course->version == version) return course;
    }
    return unexpected(ContentError{fs::u8path(slug), 0, "version",
                                   std::string(version) + " of " + std::string(iri) + " is no longer on this kiosk"});
}

std::size_t prunePreviousVersions(const fs::path& dataDir, const std::vector<CourseVersion>& stillNeeded) {
    std::size_t removed = 0;
    std::error_code ec;
    for (const auto& course : fs::directory_iterator(previousVersionsRoot(dataDir), ec)) {
        std::error_code inner;
        for (const auto& version : fs::directory_iterator(course.path(), inner)) {
            const bool needed = std::any_of(stillNeeded.begin(), stillNeeded.end(), [&](const CourseVersion& n) {
                return courseSlug(n.iri) == course.path().filename().string() &&
                       versionFolderName(n.version) == version.path().filename().string();
            });
            if (needed) continue;
            std::error_code gone;
            if (fs::remove_all(version.path(), gone) > 0 && !gone) ++removed;
        }
        fs::remove(course.path(), inner); // only once empty
    }
    return removed;
}

namespace detail {

void keepPreviousVersion(const fs::path& retired, const fs::path& dataDir, const std::string& slug) {
    std::error_code ec;
    const std::string version = installedVersion(retired);
    if (!version.empty()) {
        const fs::path keep = previousVersionsRoot(dataDir) / slug / versionFolderName(version);
        fs::remove_all(keep, ec); // the same version installed again: the newer copy counts
        fs::create_directories(keep.parent_path(), ec);
        if (!ec) fs::rename(retired, keep, ec);
        if (!ec) {
            syncFolder(keep.parent_path());
            return;
        }
    }
    fs::remove_all(retired, ec);
}

} // namespace detail

} // namespace pelita::content
