#include <pelita/content/scoring.h>

namespace pelita::content {

Score scoreQuestions(const Quiz& quiz, const std::vector<std::string>& questionIds,
                     const std::map<std::string, std::string>& responses) {
    Score score;
    for (const auto& id : questionIds) {
        const Question* question = quiz.findQuestion(id);
        if (!question || !question->isScored()) continue;
        auto it = responses.find(id);
        const QuestionScore result = scoreQuestion(*question, it == responses.end() ? "" : it->second);
        score.max += question->points;
        score.raw += question->points * result.fraction;
        if (result.outcome == Outcome::AwaitingReview) score.pendingReview = true;
    }
    score.scaled = score.max > 0 ? score.raw / score.max : 0;
    // Compare with a small tolerance so that e.g. 7 of 10 passes a 0.7 mark despite rounding.
    score.passed = score.max > 0 && score.scaled + 1e-9 >= quiz.passMark;
    return score;
}

Score scoreQuiz(const Quiz& quiz, const std::map<std::string, std::string>& responses) {
    std::vector<std::string> all;
    all.reserve(quiz.questions.size());
    for (const auto& q : quiz.questions)
        all.push_back(q.id);
    return scoreQuestions(quiz, all, responses);
}

} // namespace pelita::content
