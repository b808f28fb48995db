#include <pelita/content/nip.h>

#include <catch2/catch.hpp>

#include <set>

using pelita::content::checkNip;
using pelita::content::NipProblem;

TEST_CASE("a well-formed NIP passes", "[content][nip]") {
    CHECK(checkNip("198501012010011001", 2026) == NipProblem::None);
    CHECK(checkNip("199202292019032002", 2026) == NipProblem::None); // 29 Feb in a leap year
    CHECK(checkNip("200002292020012001", 2026) == NipProblem::None); // 2000 is a leap year (divisible by 400)
    CHECK(checkNip("200901012027011001", 2026) == NipProblem::None); // 17 years old, TMT next year
}

TEST_CASE("each malformed part of a NIP is named", "[content][nip]") {
    CHECK(checkNip("", 2026) == NipProblem::Length);
    CHECK(checkNip("19850101201001100", 2026) == NipProblem::Length);
    CHECK(checkNip("1985010120100110011", 2026) == NipProblem::Length);
    CHECK(checkNip("19850101201001100x", 2026) == NipProblem::NotDigits);
    CHECK(checkNip("19850101 201001100", 2026) == NipProblem::NotDigits);
    CHECK(checkNip("198513012010011001", 2026) == NipProblem::BirthDate); // month 13
    CHECK(checkNip("198500012010011001", 2026) == NipProblem::BirthDate); // month 00
    CHECK(checkNip("198504312010011001", 2026) == NipProblem::BirthDate); // 31 April
    CHECK(checkNip("198501002010011001", 2026) == NipProblem::BirthDate); // day 00
    CHECK(checkNip("199302292019032002", 2026) == NipProblem::BirthDate); // 29 Feb, not a leap year
    CHECK(checkNip("190002292019032002", 2026) == NipProblem::BirthDate); // 1900 is not a leap year
    CHECK(checkNip("193001012010011001", 2026) == NipProblem::BirthYear); // too old
    CHECK(checkNip("201501012010011001", 2026) == NipProblem::BirthYear); // too young
    CHECK(checkNip("198501012010131001", 2026) == NipProblem::TmtDate);   // TMT month 13
    CHECK(checkNip("198501012010001001", 2026) == NipProblem::TmtDate);   // TMT month 00
    CHECK(checkNip("198501012030011001", 2026) == NipProblem::TmtYear);   // TMT years ahead
    CHECK(checkNip("195001011950011001", 2026) == NipProblem::TmtYear);   // before 1958
    CHECK(checkNip("198501012000011001", 2026) == NipProblem::TmtTooEarly); // CPNS at 14
    CHECK(checkNip("198501012010013001", 2026) == NipProblem::Gender);
    CHECK(checkNip("198501012010010001", 2026) == NipProblem::Gender);
    CHECK(checkNip("198501012010011000", 2026) == NipProblem::Sequence);
}

TEST_CASE("the first problem from the left is the one named", "[content][nip]") {
    // Birth date, TMT and gender all wrong: the birth date comes first.
    CHECK(checkNip("198513012010139000", 2026) == NipProblem::BirthDate);
    // Birth date fine, TMT and gender wrong: the TMT.
    CHECK(checkNip("198501012010139000", 2026) == NipProblem::TmtDate);
}

TEST_CASE("the plausible years follow the kiosk's year", "[content][nip]") {
    CHECK(checkNip("200901012027011001", 2026) == NipProblem::None);
    CHECK(checkNip("200901012027011001", 2025) == NipProblem::BirthYear); // 16 in 2025
    CHECK(checkNip("198501012028011001", 2026) == NipProblem::TmtYear);
    CHECK(checkNip("198501012028011001", 2027) == NipProblem::None);
}

TEST_CASE("every problem has its own translation key", "[content][nip]") {
    using pelita::content::nipProblemKey;
    CHECK(nipProblemKey(NipProblem::BirthDate) == "nip.error.birth_date");
    std::set<std::string> keys;
    for (auto p : {NipProblem::None, NipProblem::Length, NipProblem::NotDigits, NipProblem::BirthDate,
                   NipProblem::BirthYear, NipProblem::TmtDate, NipProblem::TmtYear, NipProblem::TmtTooEarly,
                   NipProblem::Gender, NipProblem::Sequence})
        keys.insert(nipProblemKey(p));
    CHECK(keys.size() == 10);
}
