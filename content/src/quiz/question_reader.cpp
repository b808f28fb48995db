#include "question_reader.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace pelita::content::detail {

namespace {

// Weights are written as fractions (0.5 = 50 %); sums are allowed this much rounding.
constexpr double kWeightSlack = 0.005;

std::string at(const std::string& path, const char* list, std::size_t i) {
    return path + "." + list + "[" + std::to_string(i) + "]";
}

// A list of at least `least` objects, each read by `each(object, itsPath)`.
template <class Each>
void forEach(const JsonReader& r, const nlohmann::json& q, const char* key, const std::string& path,
             std::size_t least, const char* what, Each each) {
    const auto& list = r.array(q, key, path);
    if (list.size() < least) r.fail(path + "." + key, "needs at least " + std::to_string(least) + " " + what);
    for (std::size_t i = 0; i < list.size(); ++i)
        each(list[i], at(path, key, i));
}

// An id not seen before in `seen`; `field` names the list for the error.
std::string uniqueId(const JsonReader& r, const nlohmann::json& obj, const std::string& path,
                     std::set<std::string>& seen) {
    std::string id = r.id(obj, "id", path);
    if (!seen.insert(id).second) r.fail(path + ".id", "\"" + id + "\" is used twice");
    return id;
}

double weight(const JsonReader& r, const nlohmann::json& obj, const std::string& path, double lowest) {
    const double w = r.number(obj, "weight", path, 1);
    if (w < lowest || w > 1)
        r.fail(path + ".weight",
               lowest < 0 ? "must be between -1 and 1 (0.5 = 50 %)" : "must be between 0 and 1 (0.5 = 50 %)");
    return w;
}

void readOptions(const JsonReader& r, const nlohmann::json& q, const std::string& path, Question& question,
                 const char* key = "options") {
    std::set<std::string> ids;
    forEach(r, q, key, path, 2, "options", [&](const nlohmann::json& o, const std::string& p) {
        Option option;
        option.id = uniqueId(r, o, p, ids);
        option.text = r.string(o, "text", p);
        option.correct = r.boolean(o, "correct", p, false);
        option.feedback = r.optionalString(o, "feedback", p);
        if (o.contains("weight")) option.weight = weight(r, o, p, -1);
        question.options.push_back(std::move(option));
    });
}

void checkSingleChoice(const JsonReader& r, const std::string& path, const Question& question) {
    int correct = 0;
    for (const auto& o : question.options)
        correct += o.correct ? 1 : 0;
    if (correct != 1)
        r.fail(path + ".options",
               "a single-choice question needs exactly one option with \"correct\": true, found " +
                   std::to_string(correct));
    for (std::size_t i = 0; i < question.options.size(); ++i)
        if (const auto& o = question.options[i]; o.correct && o.weight && *o.weight < 1)
            r.fail(at(path, "options", i) + ".weight", "the correct option is worth 1 (100 %)");
}

void checkMultipleResponse(const JsonReader& r, const std::string& path, const Question& question) {
    const std::size_t weighted = std::count_if(question.options.begin(), question.options.end(),
                                               [](const Option& o) { return o.weight.has_value(); });
    if (weighted == 0) {
        if (std::none_of(question.options.begin(), question.options.end(),
                         [](const Option& o) { return o.correct; }))
            r.fail(path + ".options", "needs at least one option with \"correct\": true, or weights");
        return;
    }
    if (weighted != question.options.size())
        r.fail(path + ".options", "give every option a \"weight\", or none (then \"correct\" decides)");
    double positive = 0;
    for (const auto& o : question.options)
        positive += std::max(0.0, *o.weight);
    if (std::fabs(positive - 1) > kWeightSlack)
        r.fail(path + ".options",
               "the positive weights must add up to 1 (100 %), they add up to " + std::to_string(positive));
}

void readAnswers(const JsonReader& r, const nlohmann::json& q, const std::string& path, Question& question) {
    bool full = false;
    forEach(r, q, "answers", path, 1, "answer", [&](const nlohmann::json& a, const std::string& p) {
        double w = weight(r, a, p, 0);
        std::string feedback = r.optionalString(a, "feedback", p);
        full = full || w >= 1;
        if (question.type == QuestionType::ShortAnswer) {
            question.answers.push_back({r.string(a, "text", p), w, std::move(feedback)});
            return;
        }
        NumericAnswer n;
        if (a.contains("value")) {
            const double tolerance = r.number(a, "tolerance", p, 0);
            if (tolerance < 0) r.fail(p + ".tolerance", "must not be negative");
            n = NumericAnswer::around(r.number(a, "value", p, 0), tolerance, w);
        } else {
            r.require(a, "min", p), r.require(a, "max", p);
            n = {r.number(a, "min", p, 0), r.number(a, "max", p, 0), w, {}};
            if (n.min > n.max) r.fail(p, "\"min\" must not be above \"max\"");
        }
        n.feedback = std::move(feedback);
        question.numbers.push_back(std::move(n));
    });
    if (!full) r.fail(path + ".answers", "needs at least one answer with weight 1 (100 %)");
}

void readMatching(const JsonReader& r, const nlohmann::json& q, const std::string& path, Question& question) {
    std::set<std::string> targetIds, promptIds;
    forEach(r, q, "targets", path, 2, "targets", [&](const nlohmann::json& t, const std::string& p) {
        question.targets.push_back({uniqueId(r, t, p, targetIds), r.string(t, "text", p)});
    });
    forEach(r, q, "prompts", path, 2, "prompts", [&](const nlohmann::json& o, const std::string& p) {
        MatchPrompt prompt{uniqueId(r, o, p, promptIds), r.string(o, "text", p), r.string(o, "match", p)};
        if (!targetIds.count(prompt.targetId))
            r.fail(p + ".match", "\"" + prompt.targetId + "\" is not one of the targets' ids");
        question.prompts.push_back(std::move(prompt));
    });
}

} // namespace

Question readQuestion(const JsonReader& r, const nlohmann::json& q, const std::string& path) {
    Question question;
    question.id = r.id(q, "id", path);
    const std::string type = r.string(q, "type", path);
    const auto known = questionTypeNamed(type);
    if (!known)
        r.fail(path + ".type",
               "\"" + type + "\" is not a question type this kiosk knows (see docs/quiz-format.md)");
    question.type = *known;
    question.stem = r.string(q, "stem", path);
    question.feedback = r.optionalString(q, "feedback", path);
    question.lessonId = r.optionalString(q, "lesson", path);
    question.title = r.optionalString(q, "title", path);
    question.points = r.number(q, "points", path, 1);
    if (question.points <= 0) r.fail(path + ".points", "must be above 0");

    switch (question.type) {
    case QuestionType::SingleChoice:
        readOptions(r, q, path, question);
        checkSingleChoice(r, path, question);
        break;
    case QuestionType::MultipleResponse:
        readOptions(r, q, path, question);
        checkMultipleResponse(r, path, question);
        break;
    case QuestionType::TrueFalse: {
        const auto& answer = r.require(q, "answer", path);
        if (!answer.is_boolean()) r.fail(path + ".answer", "must be true or false");
        question.options = {
            {"true", "true", answer.get<bool>(), r.optionalString(q, "feedbackTrue", path)},
            {"false", "false", !answer.get<bool>(), r.optionalString(q, "feedbackFalse", path)}};
        break;
    }
    case QuestionType::ShortAnswer:
        question.caseSensitive = r.boolean(q, "caseSensitive", path, false);
        readAnswers(r, q, path, question);
        break;
    case QuestionType::Numerical:
        readAnswers(r, q, path, question);
        break;
    case QuestionType::Matching:
        readMatching(r, q, path, question);
        break;
    case QuestionType::Ordering:
        readOptions(r, q, path, question);
        break;
    case QuestionType::Essay:
        break;
    case QuestionType::Likert:
        readOptions(r, q, path, question, "scale");
        break;
    }
    return question;
}

} // namespace pelita::content::detail
