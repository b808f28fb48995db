// Scoring of every question type, Moodle's way: right, wrong, partial, empty and
// the tricky cases (negative weights, tolerance edges, duplicate matches).
#include <catch2/catch.hpp>
#include <pelita/content/scoring.h>

using namespace pelita::content;

namespace {

Question ofType(QuestionType type) {
    Question q;
    q.id = "q";
    q.type = type;
    q.stem = "?";
    return q;
}

Option option(std::string id, bool correct, std::optional<double> weight = std::nullopt) {
    return {id, "teks " + id, correct, "umpan " + id, weight};
}

double fractionOf(const Question& q, std::string_view response) {
    return scoreQuestion(q, response).fraction;
}
Outcome outcomeOf(const Question& q, std::string_view response) {
    return scoreQuestion(q, response).outcome;
}

} // namespace

TEST_CASE("single choice: the chosen option's weight, partial options included", "[content][scoring]") {
    Question q = ofType(QuestionType::SingleChoice);
    q.options = {option("a", true), option("b", false, 0.5), option("c", false, -0.5), option("d", false)};
    CHECK(outcomeOf(q, "a") == Outcome::Right);
    CHECK(fractionOf(q, "a") == 1);
    CHECK(outcomeOf(q, "b") == Outcome::Partial);
    CHECK(fractionOf(q, "b") == 0.5);
    CHECK(scoreQuestion(q, "b").feedback == "umpan b");
    // A negative option costs nothing below zero.
    CHECK(fractionOf(q, "c") == 0);
    CHECK(outcomeOf(q, "c") == Outcome::Wrong);
    CHECK(outcomeOf(q, "d") == Outcome::Wrong);
    CHECK(outcomeOf(q, "zz") == Outcome::Wrong);
    CHECK(outcomeOf(q, "") == Outcome::Unanswered);
    CHECK(outcomeOf(q, "  ") == Outcome::Unanswered);
}

TEST_CASE("true/false: the option matching the answer", "[content][scoring]") {
    Question q = ofType(QuestionType::TrueFalse);
    q.options = {option("true", false), option("false", true)};
    CHECK(isCorrect(q, "false"));
    CHECK_FALSE(isCorrect(q, "true"));
    CHECK(scoreQuestion(q, "true").feedback == "umpan true");
    CHECK(outcomeOf(q, "") == Outcome::Unanswered);
}

TEST_CASE("multiple response: weights add up, clamped to 0..1", "[content][scoring]") {
    Question q = ofType(QuestionType::MultipleResponse);
    q.options = {option("a", true, 0.5), option("b", true, 0.5), option("c", false, -1),
                 option("d", false, -0.25)};
    CHECK(fractionOf(q, "a[,]b") == 1);
    CHECK(outcomeOf(q, "b[,]a") == Outcome::Right);
    CHECK(fractionOf(q, "a") == 0.5);
    CHECK(outcomeOf(q, "a") == Outcome::Partial);
    CHECK(fractionOf(q, "a[,]b[,]d") == Approx(0.75));
    // -1 wipes out everything and the total never goes below zero.
    CHECK(fractionOf(q, "a[,]b[,]c[,]d") == 0);
    CHECK(fractionOf(q, "c[,]d") == 0);
    CHECK(outcomeOf(q, "c") == Outcome::Wrong);
    // The same option twice counts once; unknown ids count nothing.
    CHECK(fractionOf(q, "a[,]a") == 0.5);
    CHECK(fractionOf(q, "a[,]x") == 0.5);
    CHECK(scoreQuestion(q, "a[,]d").feedback == "umpan a\n\numpan d");
    CHECK(outcomeOf(q, "") == Outcome::Unanswered);
}

TEST_CASE("multiple response without weights: correct ones share 1, wrong ones cost a share",
          "[content][scoring]") {
    Question q = ofType(QuestionType::MultipleResponse);
    q.options = {option("a", true), option("b", true), option("c", true), option("d", false)};
    CHECK(fractionOf(q, "a[,]b[,]c") == Approx(1));
    CHECK(isCorrect(q, "a[,]b[,]c"));
    CHECK(fractionOf(q, "a[,]b") == Approx(2.0 / 3));
    CHECK(fractionOf(q, "a[,]b[,]c[,]d") == Approx(2.0 / 3));
    CHECK(fractionOf(q, "a[,]d") == Approx(0));
}

TEST_CASE("short answer: best matching answer, wildcard, case", "[content][scoring]") {
    Question q = ofType(QuestionType::ShortAnswer);
    q.answers = {
        {"Sawah*", 0.5, "hampir"}, {"Sawahlunto", 1, "tepat"}, {"kota * tambang", 0.8, ""}, {"5\\*", 1, ""}};
    CHECK(scoreQuestion(q, "Sawahlunto").fraction == 1);
    CHECK(scoreQuestion(q, "Sawahlunto").feedback == "tepat");
    CHECK(scoreQuestion(q, "  sawahlunto \n").outcome == Outcome::Right);
    CHECK(scoreQuestion(q, "Sawahrejo").fraction == 0.5);
    CHECK(scoreQuestion(q, "Sawahrejo").feedback == "hampir");
    CHECK(scoreQuestion(q, "Sawah").fraction == 0.5); // * matches nothing too
    CHECK(fractionOf(q, "Kota batu bara tambang") == 0.8);
    CHECK(fractionOf(q, "kota tambang") == 0); // the spaces around * are literal
    CHECK(fractionOf(q, "5*") == 1);           // \* is a literal star
    CHECK(fractionOf(q, "55") == 0);
    CHECK(outcomeOf(q, "Padang") == Outcome::Wrong);
    CHECK(outcomeOf(q, "") == Outcome::Unanswered);

    q.caseSensitive = true;
    CHECK(fractionOf(q, "sawahlunto") == 0);
    CHECK(fractionOf(q, "Sawahlunto") == 1);
}

TEST_CASE("short answer wildcards never blow up on long input", "[content][scoring]") {
    Question q = ofType(QuestionType::ShortAnswer);
    q.answers = {{"*a*a*a*a*a*a*a*a*b", 1, ""}};
    CHECK(fractionOf(q, std::string(5000, 'a')) == 0);
    CHECK(fractionOf(q, std::string(5000, 'a') + "b") == 1);
}

TEST_CASE("numerical: ranges include both ends, best weight wins", "[content][scoring]") {
    Question q = ofType(QuestionType::Numerical);
    q.numbers = {
        NumericAnswer::around(3.1415, 0.0005), NumericAnswer::around(3, 0.5, 0.25), {10, 20, 0.5, "puluhan"}};
    CHECK(fractionOf(q, "3.1415") == 1);
    CHECK(fractionOf(q, "3.141") == 1); // lower edge
    CHECK(fractionOf(q, "3.142") == 1); // upper edge, despite 3.1415 + 0.0005 rounding
    CHECK(fractionOf(q, "3.1425") == 0.25);
    CHECK(fractionOf(q, "3,1415") == 1); // Indonesian decimal comma
    CHECK(fractionOf(q, "+3.5") == 0.25);
    CHECK(fractionOf(q, "3.51") == 0);
    CHECK(fractionOf(q, "10") == 0.5);
    CHECK(fractionOf(q, "20") == 0.5);
    CHECK(scoreQuestion(q, "15").feedback == "puluhan");
    CHECK(fractionOf(q, "1e1") == 0.5);
    CHECK(outcomeOf(q, "tiga") == Outcome::Wrong);
    CHECK(outcomeOf(q, "1.000,5") == Outcome::Wrong);
    CHECK(outcomeOf(q, "inf") == Outcome::Wrong);
    CHECK(outcomeOf(q, "") == Outcome::Unanswered);
}

TEST_CASE("numerical: exact answers and negative ranges", "[content][scoring]") {
    Question q = ofType(QuestionType::Numerical);
    q.numbers = {{-5, 5, 1, ""}, NumericAnswer::around(1822, 0)};
    CHECK(fractionOf(q, "-5") == 1);
    CHECK(fractionOf(q, "-5.0001") == 0);
    CHECK(fractionOf(q, "1822") == 1);
    CHECK(fractionOf(q, "1822.01") == 0);
}

TEST_CASE("matching: scored per pair, duplicate matches and repeated prompts", "[content][scoring]") {
    Question q = ofType(QuestionType::Matching);
    q.targets = {{"t1", "Padang"}, {"t2", "Medan"}, {"t3", "Padang"}, {"t4", "Ambon"}};
    q.prompts = {
        {"p1", "Sumbar", "t1"}, {"p2", "Sumut", "t2"}, {"p3", "Ibu kota Sumbar", "t3"}, {"p4", "X", "t2"}};
    CHECK(fractionOf(q, "p1[.]t1[,]p2[.]t2[,]p3[.]t3[,]p4[.]t2") == 1);
    CHECK(fractionOf(q, "p1[.]t1[,]p2[.]t2") == 0.5);
    CHECK(outcomeOf(q, "p1[.]t1[,]p2[.]t2") == Outcome::Partial);
    // Two targets reading "Padang" are the same answer to the learner.
    CHECK(fractionOf(q, "p1[.]t3[,]p3[.]t1") == 0.5);
    // A prompt answered twice counts by its first pair.
    CHECK(fractionOf(q, "p2[.]t4[,]p2[.]t2") == 0);
    CHECK(fractionOf(q, "p1[.]t4[,]p2[.]t4[,]p3[.]t4[,]p4[.]t4") == 0);
    CHECK(fractionOf(q, "p1[.]") == 0);
    CHECK(fractionOf(q, "garbage") == 0);
    CHECK(outcomeOf(q, "") == Outcome::Unanswered);
}

TEST_CASE("ordering: all or nothing", "[content][scoring]") {
    Question q = ofType(QuestionType::Ordering);
    q.options = {option("a", false), option("b", false), option("c", false)};
    CHECK(fractionOf(q, "a[,]b[,]c") == 1);
    CHECK(fractionOf(q, "a[,]c[,]b") == 0);
    CHECK(fractionOf(q, "a[,]b") == 0);
    CHECK(fractionOf(q, "a[,]b[,]c[,]c") == 0);
    CHECK(outcomeOf(q, "") == Outcome::Unanswered);
}

TEST_CASE("essay waits for review and likert is never scored", "[content][scoring]") {
    Question essay = ofType(QuestionType::Essay);
    CHECK(outcomeOf(essay, "Pelayanan prima adalah ...") == Outcome::AwaitingReview);
    CHECK(outcomeOf(essay, "") == Outcome::Unanswered);
    Question likert = ofType(QuestionType::Likert);
    likert.options = {option("1", false), option("2", false)};
    CHECK(outcomeOf(likert, "2") == Outcome::NotScored);
    CHECK(fractionOf(likert, "2") == 0);
    CHECK_FALSE(isCorrect(likert, "2"));
}

TEST_CASE("the quiz total weighs points, skips likert and flags essays", "[content][scoring]") {
    Quiz quiz;
    quiz.passMark = 0.5;
    Question sc = ofType(QuestionType::SingleChoice);
    sc.options = {option("a", true), option("b", false, 0.5)};
    sc.points = 2;
    Question mr = ofType(QuestionType::MultipleResponse);
    mr.id = "mr";
    mr.options = {option("a", true, 0.5), option("b", true, 0.5), option("c", false, -1)};
    Question lk = ofType(QuestionType::Likert);
    lk.id = "lk";
    lk.options = {option("1", false), option("2", false)};
    Question es = ofType(QuestionType::Essay);
    es.id = "es";
    quiz.questions = {sc, mr, lk, es};

    Score score = scoreQuiz(quiz, {{"q", "b"}, {"mr", "a"}, {"lk", "2"}});
    CHECK(score.max == 4);           // 2 + 1 + essay 1; likert counts nothing
    CHECK(score.raw == Approx(1.5)); // 2 x 0.5 + 0.5
    CHECK(score.min == 0);
    CHECK(score.scaled == Approx(0.375));
    CHECK_FALSE(score.passed);
    CHECK_FALSE(score.pendingReview);

    score = scoreQuiz(quiz, {{"q", "a"}, {"mr", "a[,]b[,]c"}, {"es", "Jawaban"}});
    CHECK(score.raw == Approx(2));
    CHECK(score.passed);
    CHECK(score.pendingReview);

    // Only the drawn questions count in an attempt.
    score = scoreQuestions(quiz, {"mr", "lk", "nope"}, {{"mr", "a[,]b"}});
    CHECK(score.max == 1);
    CHECK(score.raw == 1);
    CHECK(score.passed);
}

TEST_CASE("learner numbers: decimal comma, signs, junk", "[content][scoring]") {
    CHECK(parseLearnerNumber(" 2,5 ") == 2.5);
    CHECK(parseLearnerNumber("-0.25") == -0.25);
    CHECK(parseLearnerNumber("1,000,000") == std::nullopt);
    CHECK(parseLearnerNumber("") == std::nullopt);
    CHECK(parseLearnerNumber("12abc") == std::nullopt);
    CHECK(parseLearnerNumber("nan") == std::nullopt);
}
