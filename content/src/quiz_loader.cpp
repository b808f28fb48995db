#include "quiz_loader.h"

#include "quiz/question_bank.h"
#include "quiz/question_reader.h"

#include <pelita/content/quiz_file.h>

#include <cmath>
#include <set>

namespace pelita::content::detail {

namespace {

int wholeNumber(const JsonReader& r, const nlohmann::json& obj, const std::string& key,
                const std::string& path, int fallback) {
    const double value = r.number(obj, key, path, fallback);
    const std::string field = path.empty() ? key : path + "." + key;
    if (value < 0 || value != std::floor(value) || value > 1e6)
        r.fail(field, "must be a whole number, 0 or more");
    return static_cast<int>(value);
}

void readSettings(const JsonReader& r, const nlohmann::json& doc, Quiz& quiz, double defaultPassMark) {
    quiz.passMark = r.number(doc, "passMark", "", defaultPassMark);
    if (quiz.passMark <= 0 || quiz.passMark > 1)
        r.fail("passMark", "must be above 0 and at most 1, e.g. 0.7");
    quiz.shuffleQuestions = r.boolean(doc, "shuffleQuestions", "", false);
    quiz.shuffleOptions = r.boolean(doc, "shuffleOptions", "", false);
    quiz.maxAttempts = wholeNumber(r, doc, "maxAttempts", "", 0);
    quiz.timeLimitSeconds = wholeNumber(r, doc, "timeLimitMinutes", "", 0) * 60;
    const std::string mode = r.optionalString(doc, "feedback", "");
    if (mode.empty() || mode == "immediate")
        quiz.feedbackMode = FeedbackMode::Immediate;
    else if (mode == "after-submit")
        quiz.feedbackMode = FeedbackMode::AfterSubmit;
    else
        r.fail("feedback", "must be \"immediate\" or \"after-submit\"");
}

class QuizReader {
public:
    QuizReader(const JsonReader& r, Quiz& quiz) : r_(r), quiz_(quiz) {}

    // A pool entry {"pool": id, "draw": N, "questions": [...]} or a question.
    void readEntry(const nlohmann::json& entry, const std::string& path) {
        if (!entry.is_object() || !entry.contains("pool")) return add(readQuestion(r_, entry, path), path);
        QuestionPool pool;
        pool.id = r_.id(entry, "pool", path);
        if (!poolIds_.insert(pool.id).second) r_.fail(path + ".pool", "\"" + pool.id + "\" is used twice");
        pool.draw = wholeNumber(r_, entry, "draw", path, 0);
        const auto& questions = r_.array(entry, "questions", path);
        if (pool.draw < 1 || static_cast<std::size_t>(pool.draw) > questions.size())
            r_.fail(path + ".draw",
                    "must be between 1 and the pool's " + std::to_string(questions.size()) + " questions");
        for (std::size_t i = 0; i < questions.size(); ++i) {
            const std::string at = path + ".questions[" + std::to_string(i) + "]";
            if (questions[i].is_object() && questions[i].contains("pool"))
                r_.fail(at, "a pool cannot hold a pool");
            Question q = readQuestion(r_, questions[i], at);
            q.poolId = pool.id;
            pool.questionIds.push_back(q.id);
            add(std::move(q), at);
        }
        quiz_.pools.push_back(std::move(pool));
    }

private:
    void add(Question question, const std::string& path) {
        if (!ids_.insert(question.id).second) r_.fail(path + ".id", "\"" + question.id + "\" is used twice");
        quiz_.questions.push_back(std::move(question));
    }

    const JsonReader& r_;
    Quiz& quiz_;
    std::set<std::string> ids_, poolIds_;
};

} // namespace

void readQuizDocument(Quiz& quiz, const nlohmann::json& doc, const JsonReader& r, double defaultPassMark,
                      const std::filesystem::path& root) {
    if (!doc.is_object()) r.fail("", "must be a JSON object with \"questions\"");
    readSettings(r, doc, quiz, defaultPassMark);
    QuizReader reader(r, quiz);
    if (doc.contains("questionsFrom")) {
        if (doc.contains("questions")) r.fail("questionsFrom", "cannot be used together with \"questions\"");
        auto bank = importQuestionBank(root, r.string(doc, "questionsFrom", ""));
        if (!bank) throw bank.error();
        // Through the same reader as authored questions, so the same rules hold.
        for (std::size_t i = 0; i < bank->questions.size(); ++i)
            reader.readEntry(questionToJson(bank->questions[i]), "questionsFrom[" + std::to_string(i) + "]");
        return;
    }
    const auto& entries = r.array(doc, "questions", "");
    if (entries.empty()) r.fail("questions", "needs at least one question");
    for (std::size_t i = 0; i < entries.size(); ++i)
        reader.readEntry(entries[i], "questions[" + std::to_string(i) + "]");
}

void loadQuizFile(Quiz& quiz, const std::filesystem::path& path, const std::filesystem::path& shownAs,
                  double defaultPassMark, const std::filesystem::path& root) {
    readQuizDocument(quiz, readJsonFile(path, shownAs), JsonReader(shownAs), defaultPassMark, root);
}

} // namespace pelita::content::detail
