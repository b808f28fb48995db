#include <pelita/content/course_library.h>

#include <algorithm>
#include <random>

namespace pelita::content {

namespace fs = std::filesystem;

CourseLibrary loadInstalledCourses(const fs::path& dataDir) {
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

std::string courseSlug(const Course& course) {
    std::string slug = course.iri.substr(course.iri.find_last_of('/') + 1);
    for (char& c : slug) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) c = '-';
    }
    return slug.empty() ? "course" : slug;
}

Expected<Course, ContentError> installCourseFolder(const fs::path& source, const fs::path& dataDir) {
    auto course = loadCourse(source);
    if (!course) return course;
    const fs::path root = dataDir / "courses";
    const fs::path target = root / courseSlug(*course);
    std::random_device rd;
    const std::string nonce = std::to_string(rd());
    const fs::path staging = root / (".staging-" + nonce);
    const fs::path retired = root / (".retired-" + nonce);

    std::error_code ec;
    fs::create_directories(root, ec);
    fs::copy(source, staging, fs::copy_options::recursive, ec);
    if (ec) {
        fs::remove_all(staging, ec);
        return unexpected(ContentError{source, 0, {}, "could not be copied to " + root.string() + ": " + ec.message()});
    }
    // Check what actually landed on disk before it goes live.
    auto staged = loadCourse(staging);
    if (!staged) {
        fs::remove_all(staging, ec);
        return unexpected(staged.error());
    }
    // Two renames: the old copy steps aside, the new one steps in. Each is atomic.
    const bool replacing = fs::exists(target);
    if (replacing) fs::rename(target, retired, ec);
    if (!ec) fs::rename(staging, target, ec);
    if (ec) {
        if (replacing && !fs::exists(target)) fs::rename(retired, target);
        fs::remove_all(staging);
        return unexpected(ContentError{source, 0, {}, "could not be installed: " + ec.message()});
    }
    fs::remove_all(retired, ec);
    return loadCourse(target);
}

} // namespace pelita::content
