#include <pelita/sync/nip.h>

#include <catch2/catch.hpp>

using pelita::sync::checkNip;
using pelita::sync::NipProblem;

TEST_CASE("a well-formed NIP passes", "[sync][nip]") {
    CHECK(checkNip("198501012010011001", 2026) == NipProblem::None);
    CHECK(checkNip("199202292019032002", 2026) == NipProblem::None); // 29 Feb in a leap year
}

TEST_CASE("each malformed part of a NIP is named", "[sync][nip]") {
    CHECK(checkNip("19850101201001100", 2026) == NipProblem::Length);
    CHECK(checkNip("1985010120100110011", 2026) == NipProblem::Length);
    CHECK(checkNip("19850101201001100x", 2026) == NipProblem::NotDigits);
    CHECK(checkNip("198513012010011001", 2026) == NipProblem::BirthDate); // month 13
    CHECK(checkNip("199302292019032002", 2026) == NipProblem::BirthDate); // 29 Feb, not a leap year
    CHECK(checkNip("193001012010011001", 2026) == NipProblem::BirthDate); // too old
    CHECK(checkNip("201501012010011001", 2026) == NipProblem::BirthDate); // too young
    CHECK(checkNip("198501012010131001", 2026) == NipProblem::TmtDate);   // TMT month 13
    CHECK(checkNip("198501012030011001", 2026) == NipProblem::TmtDate);   // TMT in the future
    CHECK(checkNip("198501012000011001", 2026) == NipProblem::TmtTooEarly); // CPNS at 14
    CHECK(checkNip("198501012010013001", 2026) == NipProblem::Gender);
    CHECK(checkNip("198501012010011000", 2026) == NipProblem::Sequence);
}

TEST_CASE("every problem has its own translation key", "[sync][nip]") {
    using pelita::sync::nipProblemKey;
    CHECK(nipProblemKey(NipProblem::BirthDate) == "nip.error.birth_date");
    CHECK(nipProblemKey(NipProblem::Gender) != nipProblemKey(NipProblem::Sequence));
}
