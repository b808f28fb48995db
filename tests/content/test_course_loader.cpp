#include <pelita/content/course_loader.h>

#include <catch2/catch.hpp>

#include <set>

#include <filesystem>

using namespace pelita::content;

static const std::filesystem::path kDemo = std::filesystem::path(PELITA_SOURCE_DIR) / "assets/demo-course";

TEST_CASE("the demo course loads with its module, lessons and quiz", "[content][loader]") {
    auto course = loadCourse(kDemo);
    INFO((course ? "" : course.error().describe()));
    REQUIRE(course);
    CHECK(course->iri == "https://pelita.sawahluntokota.go.id/course/pelayanan-prima");
    CHECK(course->version == "1.0.0");
    CHECK(course->title.get("id") == "Pelayanan Prima bagi ASN");
    CHECK(course->title.get("en") == "Service Excellence for Civil Servants");
    CHECK(course->jpHours == 2);
    REQUIRE(course->modules.size() == 1);
    const auto& module = course->modules[0];
    REQUIRE(module.lessons.size() == 2);
    REQUIRE(module.quizzes.size() == 1);
    const auto& quiz = module.quizzes[0];
    CHECK(quiz.questions.size() == 8);
    CHECK(quiz.passMark == Approx(0.6));
    std::set<QuestionType> types;
    for (const auto& q : quiz.questions) {
        types.insert(q.type);
        // Every scored question points the learner back to a lesson to review.
        if (q.isScored()) CHECK(course->findLesson(q.lessonId) != nullptr);
    }
    CHECK(types.size() == 8); // every type but essay, which would hold the certificate for a trainer
    CHECK(quiz.maxAttempts == 3);
    CHECK(quiz.timeLimitSeconds == 20 * 60);
}

TEST_CASE("lesson text is read from the course folder", "[content][loader]") {
    auto course = loadCourse(kDemo);
    REQUIRE(course);
    auto text = readLessonText(*course, course->modules[0].lessons[0]);
    REQUIRE(text);
    CHECK(text->rfind("# Apa Itu Pelayanan Prima?", 0) == 0);
}

TEST_CASE("activity IRIs are built from the course IRI", "[content][model]") {
    auto course = loadCourse(kDemo);
    REQUIRE(course);
    const auto& quiz = course->modules[0].quizzes[0];
    CHECK(course->quizIri(quiz) == course->iri + "/quiz/kuis-pelayanan-prima");
    CHECK(course->questionIri(quiz, quiz.questions[0]) == course->iri + "/quiz/kuis-pelayanan-prima/question/dasar-hukum");
    CHECK(course->moduleOf("sikap-melayani") == &course->modules[0]);
    CHECK(course->moduleOf("nope") == nullptr);
}

TEST_CASE("localized text falls back sensibly", "[content][model]") {
    LocalizedText t;
    CHECK(t.get("en").empty());
    t.byLanguage["id-ID"] = "Halo";
    CHECK(t.get("en-US") == "Halo");
    t.byLanguage["en-GB"] = "Hello";
    CHECK(t.get("en") == "Hello");
    CHECK(t.get("id") == "Halo");
}
