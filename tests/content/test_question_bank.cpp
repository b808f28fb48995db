// Quizzes whose questions come from a Moodle export ("questionsFrom"): the
// course loader reads the bank, and pelita-pack build packages it as quiz JSON.
#include <pelita/content/course_loader.h>
#include <pelita/content/package_builder.h>
#include <pelita/content/package_installer.h>

#include "../support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace pelita::content;
using pelita::test::TempDir;
namespace fs = std::filesystem;

namespace {

const char* kCourseJson = R"({
  "schemaVersion": 1,
  "id": "https://pelita.example.go.id/course/bank",
  "version": "1.0.0",
  "title": "Kursus bank soal",
  "modules": [{
    "id": "m1", "title": "Modul 1",
    "lessons": [{"id": "l1", "title": "Materi", "file": "lessons/l1.md", "minutes": 5}],
    "quizzes": [{"id": "q1", "title": "Kuis", "file": "quizzes/kuis.json"}]
  }]
})";

// Ids come from "// [id:…]" comments, else by position (docs/quiz-format.md).
const char* kGift = "// from Moodle\n"
                    "// [id:ibukota]\n"
                    "::Ibu kota::Ibu kota Sumatera Barat adalah {=Padang ~Bukittinggi ~Sawahlunto}\n\n"
                    "// [id:uu]\n"
                    "::UU::UU 25/2009 mengatur pelayanan publik. {T}\n\n"
                    "::JP::Target JP ASN per tahun? {#20}\n";

const char* kAiken = "Ibu kota Sumatera Barat adalah?\nA. Padang\nB. Solok\nANSWER: A\n";

struct BankCourse {
    TempDir dir;
    fs::path source = dir / "course";
    explicit BankCourse(const std::string& quizJson) {
        dir.write("course/course.json", kCourseJson);
        dir.write("course/lessons/l1.md", "# Materi\n\nIsi materi.\n");
        dir.write("course/quizzes/kuis.json", quizJson);
    }
};

std::vector<std::string> questionIds(const Course& course) {
    std::vector<std::string> ids;
    for (const auto& q : course.modules.at(0).quizzes.at(0).questions) ids.push_back(q.id);
    return ids;
}

} // namespace

TEST_CASE("a quiz takes its questions from a GIFT bank", "[content][quiz][bank]") {
    BankCourse c(R"({"passMark": 0.6, "questionsFrom": "quizzes/bank.gift"})");
    c.dir.write("course/quizzes/bank.gift", kGift);
    auto course = loadCourse(c.source);
    INFO((course ? "" : course.error().describe()));
    REQUIRE(course);
    CHECK(questionIds(*course) == std::vector<std::string>{"ibukota", "uu", "q3"});
    const auto& quiz = course->modules[0].quizzes[0];
    CHECK(quiz.passMark == Approx(0.6));
    CHECK(quiz.questions[0].type == QuestionType::SingleChoice);
    CHECK(quiz.questions[1].type == QuestionType::TrueFalse);
    CHECK(quiz.questions[2].type == QuestionType::Numerical);
}

TEST_CASE("a quiz takes its questions from an Aiken bank", "[content][quiz][bank]") {
    BankCourse c(R"({"questionsFrom": "quizzes/bank.txt"})");
    c.dir.write("course/quizzes/bank.txt", kAiken);
    auto course = loadCourse(c.source);
    INFO((course ? "" : course.error().describe()));
    REQUIRE(course);
    const auto& questions = course->modules[0].quizzes[0].questions;
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].options.size() == 2);
    CHECK(questions[0].options[0].correct);
}

TEST_CASE("a bad question bank is refused with its file and line", "[content][quiz][bank]") {
    SECTION("a GIFT syntax error names the bank's line") {
        BankCourse c(R"({"questionsFrom": "quizzes/bank.gift"})");
        c.dir.write("course/quizzes/bank.gift", "::a::Soal pertama {=Ya ~Tidak}\n\n::b::Soal tanpa akhir {=Ya ~Tidak\n");
        auto course = loadCourse(c.source);
        REQUIRE_FALSE(course);
        CHECK(course.error().file == fs::path("quizzes/bank.gift"));
        CHECK(course.error().line == 3);
    }
    SECTION("a missing bank") {
        BankCourse c(R"({"questionsFrom": "quizzes/hilang.gift"})");
        auto course = loadCourse(c.source);
        REQUIRE_FALSE(course);
        CHECK(course.error().file == fs::path("quizzes/hilang.gift"));
        CHECK_THAT(course.error().message, Catch::Contains("does not exist"));
    }
    SECTION("a bank outside the course folder") {
        BankCourse c(R"({"questionsFrom": "../luar.gift"})");
        c.dir.write("luar.gift", kGift);
        auto course = loadCourse(c.source);
        REQUIRE_FALSE(course);
        CHECK_THAT(course.error().message, Catch::Contains("outside the course folder"));
    }
    SECTION("an unknown format") {
        BankCourse c(R"({"questionsFrom": "quizzes/bank.xml"})");
        c.dir.write("course/quizzes/bank.xml", "<quiz/>");
        auto course = loadCourse(c.source);
        REQUIRE_FALSE(course);
        CHECK_THAT(course.error().message, Catch::Contains("GIFT"));
    }
    SECTION("both questions and a bank") {
        BankCourse c(R"({"questionsFrom": "quizzes/bank.gift", "questions": []})");
        c.dir.write("course/quizzes/bank.gift", kGift);
        auto course = loadCourse(c.source);
        REQUIRE_FALSE(course);
        CHECK(course.error().field == "questionsFrom");
    }
}

TEST_CASE("a package built from a GIFT bank holds quiz JSON and installs", "[content][package][bank]") {
    BankCourse c(R"({"passMark": 0.6, "questionsFrom": "quizzes/bank.gift"})");
    c.dir.write("course/quizzes/bank.gift",
                std::string(kGift) + "\n::Esai::Ceritakan pengalaman Anda melayani warga. {}\n"
                                     "\n$CATEGORY: $course$/Pelayanan\n");
    std::vector<ImportProblem> warnings;
    auto built = buildPackage(c.source, c.dir / "bank.pelita", std::nullopt, &warnings);
    INFO((built ? "" : built.error().describe()));
    REQUIRE(built);
    // The bank itself is not shipped: only the quiz JSON made from it.
    std::vector<std::string> paths;
    for (const auto& f : built->files) paths.push_back(f.path);
    CHECK(std::find(paths.begin(), paths.end(), "quizzes/bank.gift") == paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "quizzes/kuis.json") != paths.end());
    // The category line has no Pelita equivalent: it is reported, not dropped silently.
    REQUIRE_FALSE(warnings.empty());
    CHECK(warnings[0].file == "quizzes/bank.gift");

    InstallOptions options;
    options.allowUnsigned = true;
    auto installed = installPackage(c.dir / "bank.pelita", c.dir / "kiosk", options);
    INFO((installed ? "" : installed.error().front().describe()));
    REQUIRE(installed);
    CHECK(questionIds(installed->course) == std::vector<std::string>{"ibukota", "uu", "q3", "q4"});
    CHECK(installed->course.modules[0].quizzes[0].passMark == Approx(0.6));
    CHECK_FALSE(fs::exists(installed->course.root / "quizzes/bank.gift"));
}

TEST_CASE("building stops at a broken bank, naming it", "[content][package][bank]") {
    BankCourse c(R"({"questionsFrom": "quizzes/bank.gift"})");
    c.dir.write("course/quizzes/bank.gift", "::a::Soal {=Ya ~Tidak\n");
    auto built = buildPackage(c.source, c.dir / "bank.pelita", std::nullopt);
    REQUIRE_FALSE(built);
    CHECK(built.error().file == fs::path("quizzes/bank.gift"));
    CHECK_FALSE(fs::exists(c.dir / "bank.pelita"));
}
