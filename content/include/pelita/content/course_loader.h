#pragma once
// Loads a course from its source folder: course.json, the lesson Markdown files
// and the quiz JSON files it names. Any thread; touches only the files it reads.
#include <pelita/content/course.h>
#include <pelita/content/expected.h>

#include <filesystem>
#include <string>

namespace pelita::content {

// What went wrong, precise enough for a trainer to fix it: the file, and where
// known the line or the JSON field path (e.g. "modules[0].lessons[1].file").
struct ContentError {
    std::filesystem::path file;
    int line = 0;
    std::string field;
    std::string message;

    std::string describe() const; // "course.json:12: modules[0].title: is missing"
};

Expected<Course, ContentError> loadCourse(const std::filesystem::path& folder);

// Reads a lesson's Markdown. Refuses paths that would leave the course folder.
Expected<std::string, ContentError> readLessonText(const Course& course, const Lesson& lesson);

} // namespace pelita::content
