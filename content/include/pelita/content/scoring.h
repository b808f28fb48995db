#pragma once
// Quiz scoring. Pure functions over the course model; any thread.
#include <pelita/content/course.h>

#include <map>
#include <optional>
#include <string>

namespace pelita::content {

// A score as xAPI's result.score wants it: raw within [min, max], scaled = raw / max.
struct Score {
    double raw = 0, min = 0, max = 0, scaled = 0;
    bool passed = false;
};

// Whether `response` (an option id) is the right answer to `question`. Unknown ids are wrong.
bool isCorrect(const Question& question, std::string_view response);

// Scores a whole attempt. `responses` maps question id to option id; unanswered questions score 0.
Score scoreQuiz(const Quiz& quiz, const std::map<std::string, std::string>& responses);

} // namespace pelita::content
