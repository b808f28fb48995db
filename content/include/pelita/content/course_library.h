#pragma once
// The courses installed on a kiosk: <data>/courses/<slug>/, one folder each.
// Folders starting with '.' are installs in progress or cut short, never courses.
// Any thread; callers keep installs and loads off the UI thread.
#include <pelita/content/course.h>
#include <pelita/content/course_loader.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pelita::content {

struct CourseLibrary {
    std::vector<Course> courses;          // sorted by title
    std::vector<ContentError> problems;   // installed folders that no longer load
};

// Finishes what an interrupted install left (recoverInterruptedInstalls), then
// loads every installed course. The kiosk calls it at start; not while another
// process is installing into the same data folder.
CourseLibrary loadInstalledCourses(const std::filesystem::path& dataDir);

// The folder name a course gets under <data>/courses: the last part of its IRI.
std::string courseSlug(const Course& course);
std::string courseSlug(std::string_view iri);

// Installs a course from its source folder: loads it (so a broken course is
// refused with its error), copies it into a staging folder beside the target,
// then renames it into place. A failure at any step leaves the installed
// courses as they were; a newer copy of the same course replaces the old one.
Expected<Course, ContentError> installCourseFolder(const std::filesystem::path& source,
                                                   const std::filesystem::path& dataDir);

// Removes an installed course, named by its folder (slug) or its IRI. Learner
// records live in records.db and are not touched.
Expected<Course, ContentError> uninstallCourse(const std::filesystem::path& dataDir, std::string_view course);

// A replaced course version is kept under <data>/previous-versions/ so that a
// quiz attempt keeps the version it started on. loadCourseVersion() finds a
// version, installed or kept; the error says it is no longer on this kiosk.
struct CourseVersion {
    std::string iri;
    std::string version;
};
Expected<Course, ContentError> loadCourseVersion(const std::filesystem::path& dataDir, std::string_view iri,
                                                 std::string_view version);
// Removes kept versions that no attempt still needs (the kiosk passes the
// versions of its open attempts). Returns how many it removed.
std::size_t prunePreviousVersions(const std::filesystem::path& dataDir,
                                  const std::vector<CourseVersion>& stillNeeded);

// An install swaps folders with two renames (old aside, new in). If it was killed
// between them, the old course is put back; staging folders are removed. Must not
// run while another process installs into the same data folder.
void recoverInterruptedInstalls(const std::filesystem::path& dataDir);

} // namespace pelita::content
