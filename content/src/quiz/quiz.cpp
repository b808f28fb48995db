#include <algorithm>
#include <array>
#include <charconv>
#include <pelita/content/course.h>
#include <pelita/content/xapi_interaction.h>
#include <string>
#include <utility>

namespace pelita::content {

namespace {
constexpr std::array<std::pair<QuestionType, std::string_view>, 9> kTypeNames{{
    {QuestionType::SingleChoice, "single-choice"},
    {QuestionType::TrueFalse, "true-false"},
    {QuestionType::MultipleResponse, "multiple-response"},
    {QuestionType::ShortAnswer, "short-answer"},
    {QuestionType::Numerical, "numerical"},
    {QuestionType::Matching, "matching"},
    {QuestionType::Ordering, "ordering"},
    {QuestionType::Essay, "essay"},
    {QuestionType::Likert, "likert"},
}};
} // namespace

std::string_view questionTypeName(QuestionType type) {
    for (const auto& [t, name] : kTypeNames)
        if (t == type) return name;
    return "single-choice";
}

std::optional<QuestionType> questionTypeNamed(std::string_view name) {
    for (const auto& [t, n] : kTypeNames)
        if (n == name) return t;
    return std::nullopt;
}

double effectiveWeight(const Question& question, const Option& option) {
    if (option.weight) return *option.weight;
    if (question.type != QuestionType::MultipleResponse) return option.correct ? 1.0 : 0.0;
    const auto correct = std::count_if(question.options.begin(), question.options.end(),
                                       [](const Option& o) { return o.correct; });
    if (correct == 0) return 0.0;
    const double share = 1.0 / static_cast<double>(correct);
    return option.correct ? share : -share;
}

NumericAnswer NumericAnswer::around(double value, double tolerance, double weight) {
    // from_chars, unlike stod, ignores the C locale's decimal mark.
    auto rounded = [](double x) {
        const std::string text = xapi::formatNumber(x);
        double out = x;
        std::from_chars(text.data(), text.data() + text.size(), out);
        return out;
    };
    return {rounded(value - tolerance), rounded(value + tolerance), weight, {}};
}

const Question* Quiz::findQuestion(std::string_view questionId) const {
    for (const auto& q : questions)
        if (q.id == questionId) return &q;
    return nullptr;
}

const QuestionPool* Quiz::findPool(std::string_view poolId) const {
    for (const auto& p : pools)
        if (p.id == poolId) return &p;
    return nullptr;
}

} // namespace pelita::content
