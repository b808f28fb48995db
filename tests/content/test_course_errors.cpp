// Bad course folders: each error names the file and the line or field to fix.
#include <pelita/content/course_loader.h>

#include "../support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace pelita::content;
using pelita::test::TempDir;

namespace {

const char* kQuiz = R"({"questions":[{"id":"q1","type":"single-choice","stem":"Dua tambah dua?","lesson":"l1",
  "options":[{"id":"a","text":"4","correct":true},{"id":"b","text":"5"}]}]})";

std::string courseJson(const std::string& lessonFile = "lessons/l1.md", const std::string& extra = "") {
    return R"({"schemaVersion":1,"id":"https://example.go.id/course/c","version":"1",)" + extra +
           R"("title":"Kursus","modules":[{"id":"m1","title":"Modul","lessons":[{"id":"l1","title":"Satu","file":")" +
           lessonFile + R"("}],"quizzes":[{"id":"k1","title":"Kuis","file":"quiz.json"}]}]})";
}

void writeValid(const TempDir& dir) {
    dir.write("course.json", courseJson());
    dir.write("lessons/l1.md", "# Satu\n");
    dir.write("quiz.json", kQuiz);
}

std::string errorOf(const std::filesystem::path& folder) {
    auto course = loadCourse(folder);
    REQUIRE_FALSE(course);
    return course.error().describe();
}

} // namespace

TEST_CASE("a minimal valid course loads", "[content][errors]") {
    TempDir dir;
    writeValid(dir);
    auto course = loadCourse(dir.path());
    INFO((course ? "" : course.error().describe()));
    REQUIRE(course);
    CHECK(course->title.get("id") == "Kursus");
    CHECK(course->language == "id-ID");
}

TEST_CASE("a missing folder or course.json is reported", "[content][errors]") {
    TempDir dir;
    CHECK_THAT(errorOf(dir / "nowhere"), Catch::Contains("is not a folder"));
    CHECK_THAT(errorOf(dir.path()), Catch::Contains("course.json: cannot be read"));
}

TEST_CASE("a JSON syntax error names the line", "[content][errors]") {
    TempDir dir;
    writeValid(dir);
    dir.write("course.json", "{\n  \"schemaVersion\": 1,\n  \"id\": oops\n}");
    CHECK_THAT(errorOf(dir.path()), Catch::StartsWith("course.json:3: is not valid JSON"));
}

TEST_CASE("a missing or mistyped field is named by its path", "[content][errors]") {
    TempDir dir;
    writeValid(dir);
    dir.write("course.json", R"({"schemaVersion":1,"id":"https://e.go.id/c","version":"1","title":"K",
        "modules":[{"id":"m1","lessons":[]}]})");
    CHECK(errorOf(dir.path()) == "course.json: modules[0].title: is missing");

    dir.write("course.json", courseJson("lessons/l1.md", R"("jpHours":"dua",)"));
    CHECK(errorOf(dir.path()) == "course.json: jpHours: must be a number");
}

TEST_CASE("a lesson file that is missing or escapes the folder is refused", "[content][errors]") {
    TempDir dir;
    writeValid(dir);
    dir.write("course.json", courseJson("lessons/hilang.md"));
    CHECK(errorOf(dir.path()) == "course.json: modules[0].lessons[0].file: \"lessons/hilang.md\" does not exist");

    dir.write("course.json", courseJson("../../etc/passwd"));
    CHECK_THAT(errorOf(dir.path()), Catch::Contains("must stay inside the course folder"));

    dir.write("course.json", courseJson("/etc/passwd"));
    CHECK_THAT(errorOf(dir.path()), Catch::Contains("must stay inside the course folder"));
}

TEST_CASE("a symlink that points outside the course is refused", "[content][errors]") {
    TempDir dir, outside;
    writeValid(dir);
    outside.write("secret.md", "rahasia");
    std::filesystem::remove(dir / "lessons/l1.md");
    std::filesystem::create_symlink(outside / "secret.md", dir / "lessons/l1.md");
    CHECK_THAT(errorOf(dir.path()), Catch::Contains("must stay inside the course folder"));
}

TEST_CASE("quiz problems name the quiz file and question", "[content][errors]") {
    TempDir dir;
    writeValid(dir);
    dir.write("quiz.json", R"({"questions":[{"id":"q1","type":"single-choice","stem":"?",
        "options":[{"id":"a","text":"1","correct":true},{"id":"b","text":"2","correct":true}]}]})");
    CHECK_THAT(errorOf(dir.path()), Catch::StartsWith("quiz.json: questions[0].options: a single-choice question needs "
                                                     "exactly one option"));

    dir.write("quiz.json", R"({"questions":[{"id":"q1","type":"drag-and-drop","stem":"?","options":[]}]})");
    CHECK_THAT(errorOf(dir.path()), Catch::StartsWith("quiz.json: questions[0].type: \"drag-and-drop\""));

    dir.write("quiz.json", R"({"questions":[{"id":"q1","type":"single-choice","stem":"?","lesson":"l9",
        "options":[{"id":"a","text":"1","correct":true},{"id":"b","text":"2"}]}]})");
    CHECK(errorOf(dir.path()) == "quiz.json: questions[0].lesson: names lesson \"l9\", which is not in course.json");

    dir.write("quiz.json", R"({"questions":[{"id":"q1","type":"single-choice","stem":"?",
        "options":[{"id":"a","text":"1","correct":true},{"id":"a","text":"2"}]}]})");
    CHECK(errorOf(dir.path()) == "quiz.json: questions[0].options[1].id: \"a\" is used twice");
}

TEST_CASE("ids must be unique across the course and safe in an IRI", "[content][errors]") {
    TempDir dir;
    writeValid(dir);
    dir.write("course.json", R"({"schemaVersion":1,"id":"https://e.go.id/c","version":"1","title":"K",
        "modules":[{"id":"l1","title":"M","lessons":[{"id":"l1","title":"S","file":"lessons/l1.md"}]}]})");
    CHECK(errorOf(dir.path()) == "course.json: modules[0].lessons[0].id: \"l1\" is used twice in this course");

    dir.write("course.json", R"({"schemaVersion":1,"id":"https://e.go.id/c","version":"1","title":"K",
        "modules":[{"id":"modul satu","title":"M","lessons":[]}]})");
    CHECK_THAT(errorOf(dir.path()), Catch::Contains("modules[0].id: \"modul satu\" may only use"));
}

TEST_CASE("an unknown schema version is refused", "[content][errors]") {
    TempDir dir;
    writeValid(dir);
    dir.write("course.json", R"({"schemaVersion":7,"id":"https://e.go.id/c"})");
    CHECK_THAT(errorOf(dir.path()), Catch::StartsWith("course.json: schemaVersion: must be 1"));
}
