// Aiken files as Moodle reads them, and errors that name the line.
#include <catch2/catch.hpp>
#include <pelita/content/aiken.h>
#include <pelita/content/scoring.h>

using namespace pelita::content;

namespace {

std::string errorOf(const std::string& text) {
    auto result = importAiken(text, "bank.txt");
    REQUIRE_FALSE(result);
    return result.error().describe();
}

} // namespace

TEST_CASE("Aiken questions import as single choice", "[content][aiken]") {
    auto result =
        importAiken("\xEF\xBB\xBFUU pelayanan publik?\r\nA) UU 25/2009\r\nB) UU 14/2008\r\nANSWER: A\r\n"
                    "Siapa yang dilayani?\nA. Atasan\nB. Masyarakat\nC. Diri sendiri\nANSWER: B\n\n"
                    "Soal dua baris:\nbaris kedua\n\nA) Ya\nB) Tidak\nANSWER:B\n",
                    "bank.txt");
    INFO((result ? "" : result.error().describe()));
    REQUIRE(result);
    REQUIRE(result->questions.size() == 3);
    CHECK(result->warnings.empty());
    const Question& first = result->questions[0];
    CHECK(first.id == "q1");
    CHECK(first.type == QuestionType::SingleChoice);
    CHECK(first.stem == "UU pelayanan publik?");
    REQUIRE(first.options.size() == 2);
    CHECK(first.options[1].text == "UU 14/2008");
    CHECK(isCorrect(first, "a"));
    CHECK_FALSE(isCorrect(first, "b"));
    CHECK(result->questions[1].options.size() == 3);
    CHECK(isCorrect(result->questions[1], "b"));
    CHECK(result->questions[2].stem == "Soal dua baris:\nbaris kedua");
    CHECK(isCorrect(result->questions[2], "b"));
}

TEST_CASE("Aiken errors name the line", "[content][aiken][errors]") {
    CHECK(errorOf("Soal?\nA) Satu\nANSWER: A\n") ==
          "bank.txt:1:1: this question needs at least two options, found 1");
    CHECK(errorOf("Soal?\nA) Satu\nB) Dua\n\nSoal dua?\nA) x\nB) y\nANSWER: A") ==
          "bank.txt:5:1: expected another option such as \"C) ...\" or the line \"ANSWER: A\"");
    CHECK(errorOf("Soal?\nA) Satu\nB) Dua\n") ==
          "bank.txt:1:1: this question has no \"ANSWER: X\" line (checked to "
          "line 4)");
    CHECK(errorOf("Soal?\nA) Satu\nB Dua\nANSWER: A") ==
          "bank.txt:3:2: option B needs \")\" or \".\" and a space after its letter, e.g. \"B) ...\"");
    CHECK(errorOf("Soal?\nA) Satu\nB) Dua\nANSWER: C") ==
          "bank.txt:4:8: \"ANSWER:\" must name one of the options' letters (AB), found \"C\"");
    CHECK(errorOf("A) Satu\n") == "bank.txt:1:1: an option comes before any question text");
    CHECK(errorOf("ANSWER: A\n") == "bank.txt:1:1: \"ANSWER:\" comes before any question");
    CHECK(errorOf("Soal?\nA) Satu\nA) Dua\nANSWER: A") == "bank.txt:1:1: options[1].id: \"a\" is used twice");
    CHECK_THAT(errorOf("Soal \xFF?\nA) x\nB) y\nANSWER: A"), Catch::StartsWith("bank.txt:1:6: is not UTF-8"));
}
