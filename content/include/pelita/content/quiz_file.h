#pragma once
// Quiz files on their own: reading one outside a course (for authoring tools and
// tests) and writing questions back as Pelita's quiz JSON (docs/quiz-format.md),
// e.g. after a GIFT or Aiken import. Any thread.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <pelita/content/course.h>
#include <pelita/content/course_loader.h>
#include <pelita/content/expected.h>
#include <vector>

namespace pelita::content {

// Reads the quiz JSON at `file`. Errors name `file` and the field path. Lesson
// references are not checked here: only a whole course knows its lessons. A
// "questionsFrom" bank is looked up beside `file`.
Expected<Quiz, ContentError> readQuizFile(const std::filesystem::path& file, double defaultPassMark = 0.7);

// One question as the quiz JSON writes it; readQuizFile() reads it back unchanged.
nlohmann::json questionToJson(const Question& question);

// {"questions": [...]} for questions without pools, ready to save as a quiz file.
nlohmann::json quizFileJson(const std::vector<Question>& questions);

} // namespace pelita::content
