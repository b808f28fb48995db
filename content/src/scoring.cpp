#include <pelita/content/scoring.h>

namespace pelita::content {

bool isCorrect(const Question& question, std::string_view response) {
    for (const auto& option : question.options)
        if (option.id == response) return option.correct;
    return false;
}

Score scoreQuiz(const Quiz& quiz, const std::map<std::string, std::string>& responses) {
    Score score;
    score.max = static_cast<double>(quiz.questions.size());
    for (const auto& question : quiz.questions) {
        auto it = responses.find(question.id);
        if (it != responses.end() && isCorrect(question, it->second)) score.raw += 1;
    }
    score.scaled = score.max > 0 ? score.raw / score.max : 0;
    // Compare with a small tolerance so that e.g. 7 of 10 passes a 0.7 mark despite rounding.
    score.passed = score.max > 0 && score.scaled + 1e-9 >= quiz.passMark;
    return score;
}

} // namespace pelita::content
