// One question's score, type by type (docs/quiz-format.md, "Scoring").
#include "answer_matching.h"

#include <algorithm>
#include <cmath>
#include <pelita/content/scoring.h>
#include <set>

namespace pelita::content {

namespace {

// Fractions are sums of decimal weights such as 0.333..., so compare with a margin.
constexpr double kEpsilon = 1e-9;

QuestionScore graded(double fraction, std::string feedback) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    const Outcome outcome = fraction >= 1 - kEpsilon ? Outcome::Right
                            : fraction > kEpsilon    ? Outcome::Partial
                                                     : Outcome::Wrong;
    return {fraction >= 1 - kEpsilon ? 1.0 : fraction, outcome, std::move(feedback)};
}

const Option* optionNamed(const Question& q, std::string_view id) {
    for (const auto& o : q.options)
        if (o.id == id) return &o;
    return nullptr;
}

void appendFeedback(std::string& all, const std::string& more) {
    if (more.empty()) return;
    if (!all.empty()) all += "\n\n";
    all += more;
}

QuestionScore oneOption(const Question& q, std::string_view response) {
    const Option* chosen = optionNamed(q, response);
    if (!chosen) return {0, Outcome::Wrong, {}};
    return graded(effectiveWeight(q, *chosen), chosen->feedback);
}

// Moodle's multiple answer: the weights of the chosen options add up, clamped to 0..1.
QuestionScore someOptions(const Question& q, std::string_view response) {
    std::set<std::string> seen;
    double sum = 0;
    std::string feedback;
    for (const auto& id : splitResponseList(response)) {
        const Option* chosen = optionNamed(q, id);
        if (!chosen || !seen.insert(id).second) continue;
        sum += effectiveWeight(q, *chosen);
        appendFeedback(feedback, chosen->feedback);
    }
    return graded(sum, std::move(feedback));
}

// The best weight among the accepted answers the response matches.
QuestionScore typedText(const Question& q, std::string_view response) {
    const AcceptedAnswer* best = nullptr;
    for (const auto& a : q.answers)
        if (detail::matchesAcceptedAnswer(a.text, response, q.caseSensitive) &&
            (!best || a.weight > best->weight))
            best = &a;
    return best ? graded(best->weight, best->feedback) : graded(0, {});
}

QuestionScore typedNumber(const Question& q, std::string_view response) {
    const auto value = parseLearnerNumber(response);
    if (!value) return {0, Outcome::Wrong, {}};
    const NumericAnswer* best = nullptr;
    for (const auto& a : q.numbers) {
        // Both ends are included, with a margin for decimal rounding, as Moodle does.
        const double margin = kEpsilon * std::max(1.0, std::fabs(*value));
        if (*value >= a.min - margin && *value <= a.max + margin && (!best || a.weight > best->weight))
            best = &a;
    }
    return best ? graded(best->weight, best->feedback) : graded(0, {});
}

const MatchTarget* targetNamed(const Question& q, std::string_view id) {
    for (const auto& t : q.targets)
        if (t.id == id) return &t;
    return nullptr;
}

// Per prompt, as Moodle scores matching. A target whose text equals the right
// target's text counts as right too: the learner cannot tell them apart.
QuestionScore matchedPairs(const Question& q, std::string_view response) {
    if (q.prompts.empty()) return {0, Outcome::Wrong, {}};
    const auto pairs = splitMatchResponse(response);
    std::size_t right = 0;
    for (const auto& prompt : q.prompts) {
        auto given =
            std::find_if(pairs.begin(), pairs.end(), [&](const auto& p) { return p.first == prompt.id; });
        if (given == pairs.end()) continue;
        const MatchTarget* chosen = targetNamed(q, given->second);
        const MatchTarget* wanted = targetNamed(q, prompt.targetId);
        if (chosen && wanted && (chosen == wanted || chosen->text == wanted->text)) ++right;
    }
    return graded(static_cast<double>(right) / static_cast<double>(q.prompts.size()), {});
}

// All or nothing: every item in its place.
QuestionScore orderedItems(const Question& q, std::string_view response) {
    const auto given = splitResponseList(response);
    bool right = given.size() == q.options.size();
    for (std::size_t i = 0; right && i < given.size(); ++i)
        right = given[i] == q.options[i].id;
    return graded(right ? 1 : 0, {});
}

} // namespace

QuestionScore scoreQuestion(const Question& q, std::string_view response) {
    if (detail::trimmed(response).empty()) return {0, Outcome::Unanswered, {}};
    switch (q.type) {
    case QuestionType::SingleChoice:
    case QuestionType::TrueFalse:
        return oneOption(q, response);
    case QuestionType::MultipleResponse:
        return someOptions(q, response);
    case QuestionType::ShortAnswer:
        return typedText(q, response);
    case QuestionType::Numerical:
        return typedNumber(q, response);
    case QuestionType::Matching:
        return matchedPairs(q, response);
    case QuestionType::Ordering:
        return orderedItems(q, response);
    case QuestionType::Essay:
        return {0, Outcome::AwaitingReview, {}};
    case QuestionType::Likert: {
        const Option* chosen = optionNamed(q, response);
        return {0, Outcome::NotScored, chosen ? chosen->feedback : std::string()};
    }
    }
    return {0, Outcome::Wrong, {}};
}

bool isCorrect(const Question& question, std::string_view response) {
    return scoreQuestion(question, response).outcome == Outcome::Right;
}

} // namespace pelita::content
