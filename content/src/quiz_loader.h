#pragma once
// Internal: reads one quiz file into the Quiz it belongs to.
#include "json_reader.h"

namespace pelita::content::detail {

// Fills quiz.questions, pools and settings from a parsed quiz document. A
// "questionsFrom" bank is resolved inside `root`.
void readQuizDocument(Quiz& quiz, const nlohmann::json& doc, const JsonReader& r, double defaultPassMark,
                      const std::filesystem::path& root);

// Fills quiz.questions, pools and settings from the quiz JSON at `path` (errors
// name `shownAs`; a "questionsFrom" bank is resolved inside `root`). Lesson
// references are checked by the caller, which knows the whole course.
void loadQuizFile(Quiz& quiz, const std::filesystem::path& path, const std::filesystem::path& shownAs,
                  double defaultPassMark, const std::filesystem::path& root);

} // namespace pelita::content::detail
