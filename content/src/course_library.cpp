#include <pelita/content/course_library.h>

#include "course_paths.h"
#include "package/course_swap.h"
#include "package/install_lock.h"

#include <algorithm>

namespace pelita::content {

namespace fs = std::filesystem;

CourseLibrary loadInstalledCourses(const fs::path& dataDir) {
    // While another thread or process installs, its staging folder is not a
    // leftover: clean up only when nobody is installing.
    if (detail::InstallLock lock(dataDir, detail::InstallLock::Wait::No); lock.held())
        recoverInterruptedInstalls(dataDir);
    CourseLibrary library;
    const fs::path root = dataDir / "courses";
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return library;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        const auto name = entry.path().filename().string();
        // Staging and retired folders start with '.', and are not courses yet (or any more).
        if (!entry.is_directory() || name.empty() || name[0] == '.') continue;
        auto course = loadCourse(entry.path());
        if (course)
            library.courses.push_back(std::move(*course));
        else {
            // Name the installed folder too: the kiosk may hold many courses.
            ContentError problem = course.error();
            problem.file = entry.path() / problem.file;
            library.problems.push_back(std::move(problem));
        }
    }
    std::sort(library.courses.begin(), library.courses.end(),
              [](const Course& a, const Course& b) { return a.title.get("id") < b.title.get("id"); });
    return library;
}

std::string courseSlug(std::string_view iri) {
    const std::string slug = detail::safeFolderName(iri.substr(iri.find_last_of('/') + 1));
    return slug.empty() ? "course" : slug;
}

std::string courseSlug(const Course& course) { return courseSlug(course.iri); }

Expected<Course, ContentError> installCourseFolder(const fs::path& source, const fs::path& dataDir) {
    auto course = loadCourse(source);
    if (!course) return course;
    detail::InstallLock lock(dataDir, detail::InstallLock::Wait::Yes);
    recoverInterruptedInstalls(dataDir);
    const auto folders = detail::installFolders(dataDir, courseSlug(*course));

    std::error_code ec;
    fs::create_directories(folders.courses, ec);
    fs::copy(source, folders.staging, fs::copy_options::recursive, ec);
    if (ec) {
        fs::remove_all(folders.staging, ec);
        return unexpected(ContentError{source, 0, {}, "could not be copied to " + folders.courses.string() + ": " + ec.message()});
    }
    // Check what actually landed on disk before it goes live.
    auto staged = loadCourse(folders.staging);
    if (!staged) {
        fs::remove_all(folders.staging, ec);
        return unexpected(staged.error());
    }
    if (auto failed = detail::swapIntoPlace(folders)) return unexpected(ContentError{source, 0, {}, *failed});
    return loadCourse(folders.target);
}

Expected<Course, ContentError> uninstallCourse(const fs::path& dataDir, std::string_view name) {
    const fs::path courses = dataDir / "courses";
    detail::InstallLock lock(dataDir, detail::InstallLock::Wait::Yes);
    for (const auto& course : loadInstalledCourses(dataDir).courses) {
        const std::string slug = courseSlug(course);
        if (slug != name && course.iri != name) continue;
        // Out of sight in one atomic rename, then deleted at leisure.
        std::error_code ec;
        const fs::path removing = courses / (".removing." + detail::freshNonce());
        fs::rename(courses / slug, removing, ec);
        if (ec) return unexpected(ContentError{courses / slug, 0, {}, "could not be removed: " + ec.message()});
        fs::remove_all(removing, ec);
        return course;
    }
    return unexpected(ContentError{fs::u8path(std::string(name)), 0, {},
                                   "is not an installed course (give its folder name or IRI)"});
}

void recoverInterruptedInstalls(const fs::path& dataDir) {
    const fs::path courses = dataDir / "courses";
    std::error_code ec;
    std::vector<fs::path> leftovers;
    for (const auto& entry : fs::directory_iterator(courses, ec)) leftovers.push_back(entry.path());
    // Put old copies back first, so that a missing course returns before staging goes.
    std::sort(leftovers.begin(), leftovers.end(), [](const fs::path& a, const fs::path& b) {
        return (a.filename().string().rfind(".retired.", 0) == 0) > (b.filename().string().rfind(".retired.", 0) == 0);
    });
    for (const auto& path : leftovers) {
        const std::string name = path.filename().string();
        if (name.rfind(".retired.", 0) == 0) {
            const auto slugAt = name.find('.', std::string(".retired.").size());
            const std::string slug = name.substr(slugAt == std::string::npos ? name.size() : slugAt + 1);
            const fs::path target = courses / slug;
            if (slugAt != std::string::npos && !fs::exists(target, ec)) {
                fs::rename(path, target, ec);
                if (!ec) continue;
            }
            // The new copy is live: this one may still be needed by an attempt.
            if (slugAt != std::string::npos)
                detail::keepPreviousVersion(path, dataDir, slug);
            else
                fs::remove_all(path, ec);
        } else if (name.rfind(".staging.", 0) == 0 || name.rfind(".removing.", 0) == 0) {
            fs::remove_all(path, ec);
        }
    }
}

} // namespace pelita::content
