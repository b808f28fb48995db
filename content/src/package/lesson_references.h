#pragma once
// Internal: the files a course uses, for building its package. Lessons and
// quizzes from course.json, the cover, and every image and local link in the
// lessons' Markdown, each checked to exist inside the course folder.
#include <pelita/content/course.h>
#include <pelita/content/course_loader.h>

#include <set>
#include <string>
#include <vector>

namespace pelita::content::detail {

struct CourseFiles {
    std::set<std::string> paths;        // relative, '/'-separated, UTF-8
    std::vector<ContentError> problems; // "lessons/01.md:12: image "x.png" does not exist"
};

// `cover` is course.json's "cover" value, or empty.
CourseFiles collectCourseFiles(const Course& course, const std::string& cover);

} // namespace pelita::content::detail
