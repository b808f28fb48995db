#include "quiz_loader.h"

#include <set>

namespace pelita::content::detail {

namespace {

Question readQuestion(const JsonReader& r, const nlohmann::json& q, const std::string& path) {
    Question question;
    question.id = r.id(q, "id", path);
    const std::string type = r.string(q, "type", path);
    if (type != "single-choice")
        r.fail(path + ".type", "\"" + type + "\" is not a question type this kiosk knows (use \"single-choice\")");
    question.stem = r.string(q, "stem", path);
    question.feedback = r.optionalString(q, "feedback", path);
    question.lessonId = r.optionalString(q, "lesson", path);

    const auto& options = r.array(q, "options", path);
    if (options.size() < 2) r.fail(path + ".options", "needs at least two options");
    std::set<std::string> ids;
    int correct = 0;
    for (std::size_t i = 0; i < options.size(); ++i) {
        const std::string at = path + ".options[" + std::to_string(i) + "]";
        Option option;
        option.id = r.id(options[i], "id", at);
        option.text = r.string(options[i], "text", at);
        option.correct = r.boolean(options[i], "correct", at, false);
        option.feedback = r.optionalString(options[i], "feedback", at);
        if (!ids.insert(option.id).second) r.fail(at + ".id", "\"" + option.id + "\" is used twice");
        correct += option.correct ? 1 : 0;
        question.options.push_back(std::move(option));
    }
    if (correct != 1)
        r.fail(path + ".options", "a single-choice question needs exactly one option with \"correct\": true, found " +
                                      std::to_string(correct));
    return question;
}

} // namespace

void loadQuizFile(Quiz& quiz, const std::filesystem::path& path, const std::filesystem::path& shownAs,
                  double defaultPassMark) {
    const JsonReader r(shownAs);
    const auto doc = readJsonFile(path, shownAs);
    if (!doc.is_object()) r.fail("", "must be a JSON object with \"questions\"");
    quiz.passMark = r.number(doc, "passMark", "", defaultPassMark);
    if (quiz.passMark <= 0 || quiz.passMark > 1) r.fail("passMark", "must be above 0 and at most 1, e.g. 0.7");

    const auto& questions = r.array(doc, "questions", "");
    if (questions.empty()) r.fail("questions", "needs at least one question");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const std::string at = "questions[" + std::to_string(i) + "]";
        Question question = readQuestion(r, questions[i], at);
        if (!ids.insert(question.id).second) r.fail(at + ".id", "\"" + question.id + "\" is used twice");
        quiz.questions.push_back(std::move(question));
    }
}

} // namespace pelita::content::detail
