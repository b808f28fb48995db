// GIFT beyond the shared fixtures: line endings, BOM, escapes, Moodle's typing
// rules, and malformed input reported as FILE:LINE:COL.
#include <catch2/catch.hpp>
#include <pelita/content/gift.h>
#include <pelita/content/scoring.h>

using namespace pelita::content;

namespace {

ImportResult imported(const std::string& text) {
    auto result = importGift(text, "bank.gift");
    INFO((result ? "" : result.error().describe()));
    REQUIRE(result);
    return *result;
}

std::string errorOf(const std::string& text) {
    auto result = importGift(text, "bank.gift");
    REQUIRE_FALSE(result);
    return result.error().describe();
}

} // namespace

TEST_CASE("Windows line endings and a BOM read like plain UTF-8", "[content][gift]") {
    const auto unix = imported("::T::Ibu kota?{\n=Jakarta#Benar\n~Bandung}\n\nBumi bulat.{T}\n");
    const auto windows =
        imported("\xEF\xBB\xBF::T::Ibu kota?{\r\n=Jakarta#Benar\r\n~Bandung}\r\n\r\nBumi bulat.{T}\r\n");
    REQUIRE(windows.questions.size() == 2);
    CHECK(windows.questions[0].title == "T");
    CHECK(windows.questions[0].options[0].feedback == unix.questions[0].options[0].feedback);
    CHECK(windows.questions[0].options[1].text == "Bandung");
    CHECK(windows.questions[1].type == QuestionType::TrueFalse);
}

TEST_CASE("text that is not UTF-8 is refused with its position", "[content][gift]") {
    CHECK(errorOf("Soal satu?{T}\n\nKota d\xE9pok?{=Depok}") ==
          "bank.gift:3:7: is not UTF-8 text; save the file as UTF-8 (in Moodle's export it always is)");
    CHECK_THAT(errorOf("\xED\xA0\x80{T}"), Catch::StartsWith("bank.gift:1:1: is not UTF-8")); // a surrogate
    CHECK_THAT(errorOf("ok{T}\n\xC0\xAF"), Catch::StartsWith("bank.gift:2:1: is not UTF-8")); // overlong "/"
}

TEST_CASE("escapes and \\n, missing words, and formats", "[content][gift]") {
    const auto r = imported("[markdown]Jam 10\\:30 \\{pagi\\} adalah {=pukul sepuluh ~\\= siang} lewat.\n\n"
                            "Baris satu\\nbaris dua {=ya}\n\n"
                            "[html]<p>Soal</p>{=a}");
    REQUIRE(r.questions.size() == 3);
    CHECK(r.questions[0].stem == "Jam 10:30 {pagi} adalah _____ lewat.");
    CHECK(r.questions[0].options[1].text == "= siang");
    CHECK(r.questions[1].stem == "Baris satu\nbaris dua");
    CHECK(r.questions[1].type == QuestionType::ShortAnswer);
    CHECK(r.questions[2].stem == "<p>Soal</p>");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].describe() == "bank.gift:5:7: [html] text kept as HTML inside Markdown");
}

TEST_CASE("Moodle's typing: multiple answer only without '=', several 100 % answers", "[content][gift]") {
    const auto r = imported("Musim?{=hujan =kemarau ~salju}\n\n"
                            "Pilih dua.{~%50%A ~%50%B ~%-100%C}\n\n"
                            "Sebagian.{~salah ~%50%separuh =benar}");
    REQUIRE(r.questions.size() == 3);
    const Question& seasons = r.questions[0];
    CHECK(seasons.type == QuestionType::SingleChoice);
    CHECK(isCorrect(seasons, "a"));
    CHECK(isCorrect(seasons, "b"));
    CHECK_FALSE(isCorrect(seasons, "c"));
    CHECK(r.questions[1].type == QuestionType::MultipleResponse);
    CHECK(scoreQuestion(r.questions[1], "a[,]b").fraction == 1);
    CHECK(scoreQuestion(r.questions[1], "a[,]c").fraction == 0);
    CHECK(scoreQuestion(r.questions[2], "b").fraction == 0.5);
}

TEST_CASE("numerical answers: value, tolerance, range, weights, feedback", "[content][gift]") {
    const auto r =
        imported("Tahun?{#\n=1945:0#Tepat\n=%50%1945:2#Hampir\n####Proklamasi.}\n\nAntara?{#-2..2.5}");
    REQUIRE(r.questions.size() == 2);
    const Question& year = r.questions[0];
    CHECK(year.type == QuestionType::Numerical);
    CHECK(year.feedback == "Proklamasi.");
    CHECK(scoreQuestion(year, "1945").feedback == "Tepat");
    CHECK(scoreQuestion(year, "1947").fraction == 0.5);
    CHECK(scoreQuestion(year, "1948").fraction == 0);
    CHECK(r.questions[1].numbers[0].min == -2);
    CHECK(r.questions[1].numbers[0].max == 2.5);
}

TEST_CASE("matching: equal answers are one target, an empty left side a distractor", "[content][gift]") {
    const auto r =
        imported("Pasangkan.{\n=Sumbar -> Padang\n=Ibu kota Sumbar -> Padang\n=Sumut -> Medan\n= -> Ambon}");
    REQUIRE(r.questions.size() == 1);
    const Question& q = r.questions[0];
    CHECK(q.prompts.size() == 3);
    REQUIRE(q.targets.size() == 3);
    CHECK(q.targets[2].text == "Ambon");
    CHECK(q.prompts[0].targetId == q.prompts[1].targetId);
    CHECK(isCorrect(q, "p1[.]t1[,]p2[.]t1[,]p3[.]t2"));
}

TEST_CASE("GIFT questions Pelita cannot hold are skipped with a warning", "[content][gift]") {
    const auto r = imported("// [id:pembuka]\n::Salam::Selamat datang di kuis.\n\n"
                            "Kurang.{~%50%A ~%40%B ~C}\n\n"
                            "Satu pasang.{=a -> b}\n\n"
                            "// [id:sah]\nSah?{TRUE}");
    REQUIRE(r.questions.size() == 1);
    CHECK(r.questions[0].id == "sah");
    REQUIRE(r.warnings.size() == 3);
    CHECK(r.warnings[0].describe() == "bank.gift:2:1: description \"Salam\" (text without an answer block) skipped: "
                                      "Pelita quizzes hold questions only; put such text in a lesson");
    CHECK(r.warnings[1].describe() ==
          "bank.gift:4:8: question skipped: options: the positive weights must add up to "
          "1 (100 %), they add up to 0.900000");
    CHECK(r.warnings[2].describe() == "bank.gift:6:13: question skipped: targets: needs at least 2 targets");
}

TEST_CASE("malformed GIFT names file, line and column", "[content][gift][errors]") {
    CHECK(errorOf("Soal?{T}\n\nSoal dua?{\n=a\n\n~b}") ==
          "bank.gift:3:10: the answer block opened here is never closed with \"}\" (questions are separated "
          "by blank "
          "lines, so a blank line cannot sit inside one)");
    CHECK(errorOf("::Judul tanpa akhir\nSoal?{T}") ==
          "bank.gift:1:1: the title opened with \"::\" is never closed with \"::\"");
    CHECK(errorOf("Soal } aneh {T}") == "bank.gift:1:6: \"}\" without \"{\" (write \\} for a brace)");
    CHECK(errorOf("Soal {=a {=b}}") ==
          "bank.gift:1:10: \"{\" inside an answer block (write \\{ for a brace)");
    CHECK(errorOf("Soal {=a} dan {=b}") ==
          "bank.gift:1:15: a question has one answer block; write \\{ and \\} for "
          "braces in text");
    CHECK(errorOf("Berapa?{#tiga}") ==
          "bank.gift:1:10: \"tiga\" is not a number (use a dot for decimals, e.g. 3.14)");
    CHECK(errorOf("Berapa?{#5..1}") == "bank.gift:1:10: the range's low end is above its high end");
    CHECK(errorOf("Pilih.{~%50A ~B}") ==
          "bank.gift:1:9: the weight opened with \"%\" is never closed, e.g. %50%");
    CHECK(errorOf("Pilih.{~%150%A =B}") == "bank.gift:1:9: a weight must be between -100% and 100%");
    CHECK(errorOf("Pasang.{=a -> b =c d}") ==
          "bank.gift:1:18: a matching pair needs \"->\" between its two sides");
    CHECK(errorOf("{=a}") == "bank.gift:1:1: the question has no text before its answer block");
}

TEST_CASE("essay and empty input", "[content][gift]") {
    const auto r = imported("// only a comment\n\nTulis esai.{}\n");
    REQUIRE(r.questions.size() == 1);
    CHECK(r.questions[0].type == QuestionType::Essay);
    CHECK(imported("").questions.empty());
}
