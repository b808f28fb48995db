#pragma once
// Internal: reads one quiz file into the Quiz it belongs to.
#include "json_reader.h"

namespace pelita::content::detail {

// Fills quiz.questions, pools and settings from a parsed quiz document.
void readQuizDocument(Quiz& quiz, const nlohmann::json& doc, const JsonReader& r, double defaultPassMark);

// Fills quiz.questions and quiz.passMark from the quiz JSON at `path`. Lesson
// references are checked by the caller, which knows the whole course.
void loadQuizFile(Quiz& quiz, const std::filesystem::path& path, const std::filesystem::path& shownAs,
                  double defaultPassMark);

} // namespace pelita::content::detail
