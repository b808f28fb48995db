#pragma once
// Quiz scoring, following Moodle's rules (docs/quiz-format.md, "Scoring"). Pure
// functions over the course model; any thread. Responses use quiz_response.h's form.
#include <pelita/content/course.h>
#include <pelita/content/quiz_response.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pelita::content {

// A score as xAPI's result.score wants it: raw within [min, max], scaled = raw / max.
struct Score {
    double raw = 0, min = 0, max = 0, scaled = 0;
    bool passed = false;
    // An answered essay still waits for a trainer: its points are in `max` but not yet
    // in `raw`, so `passed` is provisional until the review.
    bool pendingReview = false;
};

enum class Outcome { Unanswered, Wrong, Partial, Right, AwaitingReview, NotScored };

// One question's result. `fraction` is 0..1 of the question's points.
struct QuestionScore {
    double fraction = 0;
    Outcome outcome = Outcome::Unanswered;
    std::string feedback;    // of the chosen option(s) or the matched answer; may be empty
};

QuestionScore scoreQuestion(const Question& question, std::string_view response);

// Whether `response` earns full marks. Unknown option ids are wrong.
bool isCorrect(const Question& question, std::string_view response);

// Scores the questions named in `questionIds` (an attempt's draw), in any order.
// `responses` maps question id to response; missing ones are unanswered. Ids that
// are not in the quiz are skipped.
Score scoreQuestions(const Quiz& quiz, const std::vector<std::string>& questionIds,
                     const std::map<std::string, std::string>& responses);

// Scores every question of the quiz (a quiz without pools asks them all).
Score scoreQuiz(const Quiz& quiz, const std::map<std::string, std::string>& responses);

// The number `text` holds, accepting "," as the decimal mark ("3,5") as Indonesian
// writes it, when it holds no "." as well. Leading/trailing spaces are ignored.
std::optional<double> parseLearnerNumber(std::string_view text);

} // namespace pelita::content
