#pragma once
// The courses installed on a kiosk: <data>/courses/<slug>/, one folder each.
// Any thread; callers keep installs and loads off the UI thread.
#include <pelita/content/course.h>
#include <pelita/content/course_loader.h>

#include <filesystem>
#include <string>
#include <vector>

namespace pelita::content {

struct CourseLibrary {
    std::vector<Course> courses;          // sorted by title
    std::vector<ContentError> problems;   // installed folders that no longer load
};

CourseLibrary loadInstalledCourses(const std::filesystem::path& dataDir);

// The folder name a course gets under <data>/courses: the last part of its IRI.
std::string courseSlug(const Course& course);

// Installs a course from its source folder: loads it (so a broken course is
// refused with its error), copies it into a staging folder beside the target,
// then renames it into place. A failure at any step leaves the installed
// courses as they were; a newer copy of the same course replaces the old one.
Expected<Course, ContentError> installCourseFolder(const std::filesystem::path& source,
                                                   const std::filesystem::path& dataDir);

} // namespace pelita::content
