#pragma once
// How a question and a response look in xAPI 1.0.3: the cmi.interaction activity
// definition (interactionType, correctResponsesPattern, choices / source+target /
// scale) and the answered statement's result. Pure functions, any thread; the
// statement around them is built in sync/.
#include <nlohmann/json.hpp>
#include <pelita/content/quiz.h>
#include <string>
#include <string_view>
#include <vector>

namespace pelita::content::xapi {

inline constexpr const char* kInteractionActivityType = "http://adlnet.gov/expapi/activities/cmi.interaction";

// "true-false", "choice", "fill-in", "numeric", "matching", "sequencing", "long-fill-in", "likert".
std::string_view interactionType(QuestionType type);

// The right responses in the response format, one string per acceptable response.
// Empty for essay and likert, which have no right answer.
std::vector<std::string> correctResponsesPattern(const Question& question);

// The activity definition; texts become language maps in `language` (e.g. "id-ID").
nlohmann::json interactionDefinition(const Question& question, const std::string& language);

// {"response": ..., "success": ..., "score": {...}} for a response (quiz_response.h
// form). Essay and likert carry no success or score: a trainer or nobody scores them.
nlohmann::json interactionResult(const Question& question, std::string_view response);

// A number as patterns and JSON show it: at most 12 significant digits, so that
// 3.1415 - 0.0005 reads "3.141", not "3.1409999999999996".
std::string formatNumber(double value);

} // namespace pelita::content::xapi
