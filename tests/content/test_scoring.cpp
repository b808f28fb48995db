#include <pelita/content/scoring.h>

#include <catch2/catch.hpp>

using namespace pelita::content;

namespace {
Quiz quizOf(int questions, double passMark) {
    Quiz quiz;
    quiz.passMark = passMark;
    for (int i = 0; i < questions; ++i) {
        Question q;
        q.id = "q" + std::to_string(i);
        q.options = {{"a", "benar", true, ""}, {"b", "salah", false, ""}};
        quiz.questions.push_back(q);
    }
    return quiz;
}
} // namespace

TEST_CASE("a single-choice answer is right only for the correct option", "[content][scoring]") {
    auto quiz = quizOf(1, 0.5);
    CHECK(isCorrect(quiz.questions[0], "a"));
    CHECK_FALSE(isCorrect(quiz.questions[0], "b"));
    CHECK_FALSE(isCorrect(quiz.questions[0], "z"));
    CHECK_FALSE(isCorrect(quiz.questions[0], ""));
}

TEST_CASE("the score counts correct answers and unanswered questions score zero", "[content][scoring]") {
    auto quiz = quizOf(5, 0.6);
    auto score = scoreQuiz(quiz, {{"q0", "a"}, {"q1", "a"}, {"q2", "b"}});
    CHECK(score.raw == 2);
    CHECK(score.min == 0);
    CHECK(score.max == 5);
    CHECK(score.scaled == Approx(0.4));
    CHECK_FALSE(score.passed);
}

TEST_CASE("the pass mark is inclusive", "[content][scoring]") {
    auto quiz = quizOf(10, 0.7);
    std::map<std::string, std::string> answers;
    for (int i = 0; i < 7; ++i) answers["q" + std::to_string(i)] = "a";
    CHECK(scoreQuiz(quiz, answers).passed);
    answers.erase("q6");
    CHECK_FALSE(scoreQuiz(quiz, answers).passed);
}

TEST_CASE("an empty quiz never passes", "[content][scoring]") {
    auto score = scoreQuiz(quizOf(0, 0.5), {});
    CHECK(score.max == 0);
    CHECK(score.scaled == 0);
    CHECK_FALSE(score.passed);
}
