#include <charconv>
#include <pelita/content/quiz_response.h>
#include <pelita/content/scoring.h>
#include <pelita/content/xapi_interaction.h>

namespace pelita::content::xapi {

using nlohmann::json;

namespace {

json component(const std::string& id, const std::string& text, const std::string& language) {
    return {{"id", id}, {"description", {{language, text}}}};
}

json optionComponents(const Question& q, const std::string& language) {
    json list = json::array();
    for (const auto& o : q.options)
        list.push_back(component(o.id, o.text, language));
    return list;
}

std::string numericPattern(const NumericAnswer& n) {
    if (n.min == n.max) return formatNumber(n.min);
    return formatNumber(n.min) + std::string(kResponseRangeSeparator) + formatNumber(n.max);
}

} // namespace

std::string formatNumber(double value) {
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 12);
    return ec == std::errc() ? std::string(buffer, end) : std::string("0");
}

std::string_view interactionType(QuestionType type) {
    switch (type) {
    case QuestionType::TrueFalse:
        return "true-false";
    case QuestionType::SingleChoice:
    case QuestionType::MultipleResponse:
        return "choice";
    case QuestionType::ShortAnswer:
        return "fill-in";
    case QuestionType::Numerical:
        return "numeric";
    case QuestionType::Matching:
        return "matching";
    case QuestionType::Ordering:
        return "sequencing";
    case QuestionType::Essay:
        return "long-fill-in";
    case QuestionType::Likert:
        return "likert";
    }
    return "other";
}

std::vector<std::string> correctResponsesPattern(const Question& q) {
    std::vector<std::string> patterns;
    std::vector<std::string> ids;
    switch (q.type) {
    case QuestionType::TrueFalse:
    case QuestionType::SingleChoice:
        // One pattern per option worth full marks: any of them is right.
        for (const auto& o : q.options)
            if (effectiveWeight(q, o) >= 1) patterns.push_back(o.id);
        break;
    case QuestionType::MultipleResponse:
        for (const auto& o : q.options)
            if (effectiveWeight(q, o) > 0) ids.push_back(o.id);
        patterns.push_back(joinResponseList(ids));
        break;
    case QuestionType::ShortAnswer:
        for (const auto& a : q.answers)
            if (a.weight >= 1)
                patterns.push_back(
                    std::string(q.caseSensitive ? "{case_matters=true}" : "{case_matters=false}") + a.text);
        break;
    case QuestionType::Numerical:
        for (const auto& n : q.numbers)
            if (n.weight >= 1) patterns.push_back(numericPattern(n));
        break;
    case QuestionType::Matching: {
        std::vector<MatchedPair> pairs;
        for (const auto& p : q.prompts)
            pairs.emplace_back(p.id, p.targetId);
        patterns.push_back(joinMatchResponse(pairs));
        break;
    }
    case QuestionType::Ordering:
        for (const auto& o : q.options)
            ids.push_back(o.id);
        patterns.push_back(joinResponseList(ids));
        break;
    case QuestionType::Essay:
    case QuestionType::Likert:
        break;
    }
    return patterns;
}

json interactionDefinition(const Question& q, const std::string& language) {
    json definition = {{"type", kInteractionActivityType},
                       {"description", {{language, q.stem}}},
                       {"interactionType", std::string(interactionType(q.type))}};
    if (!q.title.empty()) definition["name"] = {{language, q.title}};
    if (auto patterns = correctResponsesPattern(q); !patterns.empty())
        definition["correctResponsesPattern"] = std::move(patterns);
    switch (q.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleResponse:
    case QuestionType::Ordering:
        definition["choices"] = optionComponents(q, language);
        break;
    case QuestionType::Likert:
        definition["scale"] = optionComponents(q, language);
        break;
    case QuestionType::Matching:
        definition["source"] = json::array();
        for (const auto& p : q.prompts)
            definition["source"].push_back(component(p.id, p.text, language));
        definition["target"] = json::array();
        for (const auto& t : q.targets)
            definition["target"].push_back(component(t.id, t.text, language));
        break;
    default:
        break;
    }
    return definition;
}

json interactionResult(const Question& q, std::string_view response) {
    json result = {{"response", std::string(response)}};
    if (!q.isScored() || q.needsReview()) return result;
    const QuestionScore score = scoreQuestion(q, response);
    result["success"] = score.outcome == Outcome::Right;
    result["score"] = {
        {"raw", score.fraction * q.points}, {"min", 0.0}, {"max", q.points}, {"scaled", score.fraction}};
    return result;
}

} // namespace pelita::content::xapi
