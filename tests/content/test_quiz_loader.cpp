// The quiz JSON for every question type, its settings and pools, and the errors
// that name the file and the field to fix.
#include "../support/temp_dir.h"

#include <catch2/catch.hpp>
#include <pelita/content/course_loader.h>
#include <pelita/content/quiz_file.h>

using namespace pelita::content;
using pelita::test::TempDir;

namespace {

Quiz load(const TempDir& dir, const std::string& text) {
    dir.write("kuis.json", text);
    auto quiz = readQuizFile(dir / "kuis.json");
    INFO((quiz ? "" : quiz.error().describe()));
    REQUIRE(quiz);
    return *quiz;
}

std::string errorOf(const TempDir& dir, const std::string& text) {
    dir.write("kuis.json", text);
    auto quiz = readQuizFile(dir / "kuis.json");
    REQUIRE_FALSE(quiz);
    // Show the path relative to the folder, as a course does.
    std::string message = quiz.error().describe();
    const std::string prefix = (dir / "kuis.json").generic_string();
    return message.rfind(prefix, 0) == 0 ? "kuis.json" + message.substr(prefix.size()) : message;
}

std::string oneQuestion(const std::string& question) {
    return R"({"questions":[)" + question + "]}";
}

const char* kAllTypes = R"({
  "passMark": 0.8, "shuffleQuestions": true, "shuffleOptions": true, "maxAttempts": 3,
  "timeLimitMinutes": 20, "feedback": "after-submit",
  "questions": [
    {"id":"tf","type":"true-false","stem":"Bumi bulat?","answer":true,"feedbackFalse":"Bumi memang bulat."},
    {"id":"sc","type":"single-choice","stem":"Ibu kota?","options":[
      {"id":"a","text":"Jakarta","correct":true},{"id":"b","text":"Bandung","weight":0.5,"feedback":"Hampir."}]},
    {"id":"mr","type":"multiple-response","stem":"Bilangan prima?","options":[
      {"id":"a","text":"2","weight":0.5},{"id":"b","text":"3","weight":0.5},{"id":"c","text":"4","weight":-1}]},
    {"id":"sa","type":"short-answer","stem":"Kota tambang?","caseSensitive":true,"answers":[
      {"text":"Sawahlunto"},{"text":"Sawah*","weight":0.5,"feedback":"Ejaan lengkapnya?"}]},
    {"id":"nu","type":"numerical","stem":"Pi?","points":2,"answers":[
      {"value":3.14,"tolerance":0.01},{"min":3,"max":4,"weight":0.25}]},
    {"id":"ma","type":"matching","stem":"Pasangkan","targets":[
      {"id":"t1","text":"Padang"},{"id":"t2","text":"Medan"},{"id":"t3","text":"Ambon"}],"prompts":[
      {"id":"p1","text":"Sumatera Barat","match":"t1"},{"id":"p2","text":"Sumatera Utara","match":"t2"}]},
    {"id":"or","type":"ordering","stem":"Urutkan","options":[{"id":"x","text":"Satu"},{"id":"y","text":"Dua"}]},
    {"id":"es","type":"essay","stem":"Jelaskan.","feedback":"Dinilai instruktur."},
    {"pool":"bank","draw":1,"questions":[
      {"id":"lk","type":"likert","stem":"Puas?","scale":[{"id":"1","text":"Tidak"},{"id":"2","text":"Ya"}]},
      {"id":"lk2","type":"likert","stem":"Jelas?","scale":[{"id":"1","text":"Tidak"},{"id":"2","text":"Ya"}]}]}
  ]})";

} // namespace

TEST_CASE("every question type and the quiz settings load", "[content][quiz][loader]") {
    TempDir dir;
    const Quiz quiz = load(dir, kAllTypes);
    CHECK(quiz.passMark == Approx(0.8));
    CHECK(quiz.shuffleQuestions);
    CHECK(quiz.shuffleOptions);
    CHECK(quiz.maxAttempts == 3);
    CHECK(quiz.timeLimitSeconds == 1200);
    CHECK(quiz.feedbackMode == FeedbackMode::AfterSubmit);
    REQUIRE(quiz.questions.size() == 10);

    const Question& tf = *quiz.findQuestion("tf");
    CHECK(tf.type == QuestionType::TrueFalse);
    REQUIRE(tf.options.size() == 2);
    CHECK((tf.options[0].id == "true" && tf.options[0].correct));
    CHECK((tf.options[1].id == "false" && !tf.options[1].correct));
    CHECK(tf.options[1].feedback == "Bumi memang bulat.");

    const Question& sc = *quiz.findQuestion("sc");
    CHECK(effectiveWeight(sc, sc.options[0]) == 1);
    CHECK(effectiveWeight(sc, sc.options[1]) == 0.5);

    const Question& mr = *quiz.findQuestion("mr");
    CHECK(mr.type == QuestionType::MultipleResponse);
    CHECK(effectiveWeight(mr, mr.options[2]) == -1);

    const Question& sa = *quiz.findQuestion("sa");
    CHECK(sa.caseSensitive);
    REQUIRE(sa.answers.size() == 2);
    CHECK(sa.answers[1].text == "Sawah*");
    CHECK(sa.answers[1].weight == 0.5);
    CHECK(sa.answers[1].feedback == "Ejaan lengkapnya?");

    const Question& nu = *quiz.findQuestion("nu");
    CHECK(nu.points == 2);
    REQUIRE(nu.numbers.size() == 2);
    CHECK(nu.numbers[0].min == Approx(3.13));
    CHECK(nu.numbers[0].max == Approx(3.15));
    CHECK(nu.numbers[1].min == 3);
    CHECK(nu.numbers[1].weight == 0.25);

    const Question& ma = *quiz.findQuestion("ma");
    REQUIRE(ma.prompts.size() == 2);
    CHECK(ma.targets.size() == 3);
    CHECK(ma.prompts[1].targetId == "t2");

    CHECK(quiz.findQuestion("or")->options[1].id == "y");
    CHECK(quiz.findQuestion("es")->type == QuestionType::Essay);
    const Question& lk = *quiz.findQuestion("lk");
    CHECK(lk.type == QuestionType::Likert);
    CHECK(lk.options.size() == 2);
    CHECK(lk.poolId == "bank");
    CHECK(tf.poolId.empty());
    REQUIRE(quiz.pools.size() == 1);
    CHECK(quiz.pools[0].draw == 1);
    CHECK(quiz.pools[0].questionIds == std::vector<std::string>{"lk", "lk2"});
}

TEST_CASE("questions written back as JSON read back the same", "[content][quiz][loader]") {
    TempDir dir;
    const Quiz quiz = load(dir, kAllTypes);
    std::vector<Question> unpooled;
    for (const auto& q : quiz.questions)
        unpooled.push_back(q);
    const Quiz again = load(dir, quizFileJson(unpooled).dump(2));
    REQUIRE(again.questions.size() == quiz.questions.size());
    for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
        INFO(quiz.questions[i].id);
        CHECK(questionToJson(again.questions[i]) == questionToJson(quiz.questions[i]));
    }
    CHECK(questionToJson(quiz.questions[0]).at("answer") == true);
}

TEST_CASE("bad quiz settings name their field", "[content][quiz][loader][errors]") {
    TempDir dir;
    const std::string q = R"({"id":"e","type":"essay","stem":"Jelaskan."})";
    CHECK(errorOf(dir, R"({"maxAttempts":1.5,"questions":[)" + q + "]}") ==
          "kuis.json: maxAttempts: must be a whole number, 0 or more");
    CHECK(errorOf(dir, R"({"timeLimitMinutes":-5,"questions":[)" + q + "]}") ==
          "kuis.json: timeLimitMinutes: must be a whole number, 0 or more");
    CHECK(errorOf(dir, R"({"feedback":"never","questions":[)" + q + "]}") ==
          "kuis.json: feedback: must be \"immediate\" or \"after-submit\"");
    CHECK(errorOf(dir, R"({"questions":[{"pool":"p","draw":3,"questions":[)" + q + "]}]}") ==
          "kuis.json: questions[0].draw: must be between 1 and the pool's 1 questions");
    CHECK(errorOf(dir, R"({"questions":[{"pool":"p","draw":1,"questions":[{"pool":"q"}]}]})") ==
          "kuis.json: questions[0].questions[0]: a pool cannot hold a pool");
    CHECK(errorOf(dir, R"({"questions":[)" + q + R"(,{"pool":"p","draw":1,"questions":[)" + q + "]}]}") ==
          "kuis.json: questions[1].questions[0].id: \"e\" is used twice");
}

TEST_CASE("each question type's mistakes name the field", "[content][quiz][loader][errors]") {
    TempDir dir;
    CHECK(errorOf(dir, oneQuestion(R"({"id":"q","type":"multiple-choice","stem":"S"})")) ==
          "kuis.json: questions[0].type: \"multiple-choice\" is not a question type this kiosk knows (see "
          "docs/quiz-format.md)");
    CHECK(errorOf(dir, oneQuestion(R"({"id":"q","type":"true-false","stem":"S","answer":"ya"})")) ==
          "kuis.json: questions[0].answer: must be true or false");
    CHECK(errorOf(dir, oneQuestion(R"({"id":"q","type":"multiple-response","stem":"S","options":[
        {"id":"a","text":"A","weight":0.5},{"id":"b","text":"B","weight":0.4}]})")) ==
          "kuis.json: questions[0].options: the positive weights must add up to 1 (100 %), they add up to "
          "0.900000");
    CHECK(errorOf(dir, oneQuestion(R"({"id":"q","type":"multiple-response","stem":"S","options":[
        {"id":"a","text":"A","weight":1},{"id":"b","text":"B"}]})")) ==
          "kuis.json: questions[0].options: give every option a \"weight\", or none (then \"correct\" "
          "decides)");
    CHECK(errorOf(dir, oneQuestion(R"({"id":"q","type":"multiple-response","stem":"S","options":[
        {"id":"a","text":"A","weight":1.5},{"id":"b","text":"B"}]})")) ==
          "kuis.json: questions[0].options[0].weight: must be between -1 and 1 (0.5 = 50 %)");
    CHECK(errorOf(
              dir,
              oneQuestion(
                  R"({"id":"q","type":"short-answer","stem":"S","answers":[{"text":"x","weight":0.5}]})")) ==
          "kuis.json: questions[0].answers: needs at least one answer with weight 1 (100 %)");
    CHECK(errorOf(dir, oneQuestion(R"({"id":"q","type":"short-answer","stem":"S","answers":[]})")) ==
          "kuis.json: questions[0].answers: needs at least 1 answer");
    CHECK(errorOf(dir,
                  oneQuestion(R"({"id":"q","type":"numerical","stem":"S","answers":[{"min":5,"max":1}]})")) ==
          "kuis.json: questions[0].answers[0]: \"min\" must not be above \"max\"");
    CHECK(errorOf(dir, oneQuestion(R"({"id":"q","type":"numerical","stem":"S","answers":[{"min":1}]})")) ==
          "kuis.json: questions[0].answers[0].max: is missing");
    CHECK(
        errorOf(dir,
                oneQuestion(
                    R"({"id":"q","type":"numerical","stem":"S","answers":[{"value":1,"tolerance":-1}]})")) ==
        "kuis.json: questions[0].answers[0].tolerance: must not be negative");
    CHECK(errorOf(dir, oneQuestion(R"({"id":"q","type":"matching","stem":"S","targets":[{"id":"t","text":"T"},
        {"id":"u","text":"U"}],"prompts":[{"id":"p","text":"P","match":"t"},{"id":"r","text":"R","match":"v"}]})")) ==
          "kuis.json: questions[0].prompts[1].match: \"v\" is not one of the targets' ids");
    CHECK(errorOf(dir, oneQuestion(
                           R"({"id":"q","type":"ordering","stem":"S","options":[{"id":"a","text":"A"}]})")) ==
          "kuis.json: questions[0].options: needs at least 2 options");
    CHECK(errorOf(dir, oneQuestion(R"({"id":"q","type":"likert","stem":"S","scale":[{"id":"1","text":"A"},
        {"id":"1","text":"B"}]})")) == "kuis.json: questions[0].scale[1].id: \"1\" is used twice");
    CHECK(errorOf(dir, oneQuestion(R"({"id":"q","type":"essay","stem":"S","points":0})")) ==
          "kuis.json: questions[0].points: must be above 0");
}

TEST_CASE("a course with every question type loads through course.json", "[content][quiz][loader]") {
    TempDir dir;
    dir.write("course.json", R"({"schemaVersion":1,"id":"https://example.go.id/course/c","version":"1",
      "title":"Kursus","modules":[{"id":"m1","title":"Modul","lessons":[],"quizzes":[{"id":"k1","title":"Kuis","file":"kuis.json"}]}]})");
    dir.write("kuis.json", kAllTypes);
    auto course = loadCourse(dir.path());
    INFO((course ? "" : course.error().describe()));
    REQUIRE(course);
    CHECK(course->findQuiz("k1")->questions.size() == 10);
}
