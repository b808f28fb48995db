#include "quiz_loader.h"

#include <pelita/content/quiz_file.h>

namespace pelita::content {

using nlohmann::json;

Expected<Quiz, ContentError> readQuizFile(const std::filesystem::path& file, double defaultPassMark) {
    try {
        Quiz quiz;
        quiz.file = file;
        detail::loadQuizFile(quiz, file, file, defaultPassMark, file.parent_path());
        return quiz;
    } catch (const ContentError& e) {
        return unexpected(e);
    }
}

namespace {

void putIfSet(json& obj, const char* key, const std::string& value) {
    if (!value.empty()) obj[key] = value;
}

json optionsJson(const Question& q, bool withCorrect) {
    json list = json::array();
    for (const auto& o : q.options) {
        json option = {{"id", o.id}, {"text", o.text}};
        if (withCorrect && o.correct) option["correct"] = true;
        if (o.weight) option["weight"] = *o.weight;
        putIfSet(option, "feedback", o.feedback);
        list.push_back(std::move(option));
    }
    return list;
}

json answersJson(const Question& q) {
    json list = json::array();
    for (const auto& a : q.answers) {
        json answer = {{"text", a.text}, {"weight", a.weight}};
        putIfSet(answer, "feedback", a.feedback);
        list.push_back(std::move(answer));
    }
    for (const auto& n : q.numbers) {
        json answer = {{"min", n.min}, {"max", n.max}, {"weight", n.weight}};
        putIfSet(answer, "feedback", n.feedback);
        list.push_back(std::move(answer));
    }
    return list;
}

} // namespace

json questionToJson(const Question& q) {
    json out = {{"id", q.id}, {"type", std::string(questionTypeName(q.type))}, {"stem", q.stem}};
    putIfSet(out, "title", q.title);
    putIfSet(out, "lesson", q.lessonId);
    putIfSet(out, "feedback", q.feedback);
    if (q.points != 1) out["points"] = q.points;
    switch (q.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleResponse:
        out["options"] = optionsJson(q, true);
        break;
    case QuestionType::Ordering:
        out["options"] = optionsJson(q, false);
        break;
    case QuestionType::Likert:
        out["scale"] = optionsJson(q, false);
        break;
    case QuestionType::TrueFalse:
        for (const auto& o : q.options) {
            if (o.correct) out["answer"] = o.id == "true";
            putIfSet(out, o.id == "true" ? "feedbackTrue" : "feedbackFalse", o.feedback);
        }
        break;
    case QuestionType::ShortAnswer:
        if (q.caseSensitive) out["caseSensitive"] = true;
        out["answers"] = answersJson(q);
        break;
    case QuestionType::Numerical:
        out["answers"] = answersJson(q);
        break;
    case QuestionType::Matching:
        out["targets"] = json::array();
        for (const auto& t : q.targets)
            out["targets"].push_back({{"id", t.id}, {"text", t.text}});
        out["prompts"] = json::array();
        for (const auto& p : q.prompts)
            out["prompts"].push_back({{"id", p.id}, {"text", p.text}, {"match", p.targetId}});
        break;
    case QuestionType::Essay:
        break;
    }
    return out;
}

json quizFileJson(const std::vector<Question>& questions) {
    json list = json::array();
    for (const auto& q : questions)
        list.push_back(questionToJson(q));
    return {{"questions", std::move(list)}};
}

} // namespace pelita::content
