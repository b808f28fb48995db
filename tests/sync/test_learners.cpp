// Learners and their PINs: enrolment with a PIN, checking it, the lockout rule,
// a trainer's reset, and the trainer PIN itself.
#include "sample_course.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/jp.h>
#include <pelita/sync/pin.h>
#include <pelita/sync/pin_trainer.h>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <iostream>

using namespace pelita;
using sync::PinCheck;
using Outcome = sync::PinCheck::Outcome;

namespace {

constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kT0 = 1'790'000'000'000; // a fixed "now" in 2026

// Reads one text column of a learner straight from the file, as an attacker with the disk would.
std::string rawColumn(const std::filesystem::path& dir, const std::string& nip, const std::string& column) {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open((dir / "records.db").string().c_str(), &h) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, ("SELECT " + column + " FROM learners WHERE nip = ?").c_str(), -1, &s, nullptr) ==
            SQLITE_OK);
    sqlite3_bind_text(s, 1, nip.c_str(), -1, SQLITE_TRANSIENT);
    std::string out;
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
        out = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    sqlite3_close(h);
    return out;
}

struct PinFixture {
    test::TempDir dir;
    std::unique_ptr<sync::RecordsStore> store;
    sync::Learner learner = test::sampleLearner();

    PinFixture() {
        auto opened = sync::RecordsStore::open(dir.path());
        if (!opened) FAIL(opened.error().message);
        store = std::move(opened.value());
        REQUIRE(store->enrol(learner, "246810"));
    }
    PinCheck check(const std::string& pin, std::int64_t at) { return store->checkPin(learner.nip, pin, at); }
};

} // namespace

TEST_CASE("a PIN is stored only as an Argon2id hash", "[sync][learners][pin]") {
    PinFixture f;
    const std::string stored = rawColumn(f.dir.path(), f.learner.nip, "pin_hash");
    CHECK(stored.rfind("$argon2id$", 0) == 0);
    CHECK(stored.find("246810") == std::string::npos);
    // A second learner with the same PIN gets a different hash: each has its own salt.
    sync::Learner other{"199202292019032002", "Rina Marlina, S.Sos.", "", ""};
    REQUIRE(f.store->enrol(other, "246810"));
    CHECK(rawColumn(f.dir.path(), other.nip, "pin_hash") != stored);
}

TEST_CASE("the right PIN signs in and the wrong one says how many tries are left", "[sync][learners][pin]") {
    PinFixture f;
    CHECK(f.check("246810", kT0).outcome == Outcome::Ok);
    auto wrong = f.check("111111", kT0);
    CHECK(wrong.outcome == Outcome::Wrong);
    CHECK(wrong.triesLeft == 4);
    CHECK(f.check("111112", kT0).triesLeft == 3);
    // A right PIN clears the count.
    CHECK(f.check("246810", kT0).outcome == Outcome::Ok);
    CHECK(f.check("111111", kT0).triesLeft == 4);
    CHECK(f.store->pinStates().front().wrongPins == 1);
}

TEST_CASE("five wrong PINs lock the learner out, and the wait grows", "[sync][learners][pin]") {
    PinFixture f;
    for (int i = 0; i < 4; ++i) REQUIRE(f.check("000000", kT0).outcome == Outcome::Wrong);
    auto fifth = f.check("000000", kT0);
    CHECK(fifth.outcome == Outcome::Locked);
    CHECK(fifth.lockedUntilMs == kT0 + kMinute);

    SECTION("while locked even the right PIN is not accepted, and the wait does not grow") {
        auto during = f.check("246810", kT0 + kMinute - 1);
        CHECK(during.outcome == Outcome::Locked);
        CHECK(during.lockedUntilMs == kT0 + kMinute);
        CHECK(f.check("000000", kT0 + 30'000).lockedUntilMs == kT0 + kMinute);
    }
    SECTION("after the wait, the right PIN works and clears everything") {
        CHECK(f.check("246810", kT0 + kMinute).outcome == Outcome::Ok);
        auto state = f.store->pinStates().front();
        CHECK(state.wrongPins == 0);
        CHECK(state.lockedUntilMs == 0);
        CHECK(f.check("000000", kT0 + kMinute).triesLeft == 4);
    }
    SECTION("each wrong PIN after a wait doubles the next wait") {
        auto sixth = f.check("000000", kT0 + kMinute);
        CHECK(sixth.outcome == Outcome::Locked);
        CHECK(sixth.lockedUntilMs == kT0 + kMinute + 2 * kMinute);
        auto seventh = f.check("000000", kT0 + 3 * kMinute);
        CHECK(seventh.lockedUntilMs == kT0 + 3 * kMinute + 4 * kMinute);
    }
    SECTION("the lockout survives closing and reopening the store") {
        f.store.reset();
        auto again = sync::RecordsStore::open(f.dir.path());
        REQUIRE(again);
        CHECK((*again)->checkPin(f.learner.nip, "246810", kT0 + 1).outcome == Outcome::Locked);
    }
}

TEST_CASE("the lockout rule, step by step", "[sync][learners][pin]") {
    CHECK(sync::lockoutMsAfter(0) == 0);
    CHECK(sync::lockoutMsAfter(4) == 0);
    CHECK(sync::lockoutMsAfter(5) == kMinute);
    CHECK(sync::lockoutMsAfter(6) == 2 * kMinute);
    CHECK(sync::lockoutMsAfter(10) == 32 * kMinute);
    CHECK(sync::lockoutMsAfter(11) == 60 * kMinute); // 64 minutes, capped at an hour
    CHECK(sync::lockoutMsAfter(1000) == 60 * kMinute);
}

TEST_CASE("a learner without a PIN, or an unknown NIP, cannot sign in", "[sync][learners][pin]") {
    test::StoreFixture f; // enrolled without a PIN, as from the server's roster
    CHECK(f.store->checkPin(f.learner.nip, "123456", kT0).outcome == Outcome::NoPin);
    CHECK(f.store->checkPin("199202292019032002", "123456", kT0).outcome == Outcome::UnknownLearner);
    CHECK_FALSE(f.store->pinStates().front().hasPin);
}

TEST_CASE("a trainer's reset sets a new PIN and ends the lockout", "[sync][learners][pin]") {
    PinFixture f;
    for (int i = 0; i < 5; ++i) f.check("000000", kT0);
    REQUIRE(f.check("246810", kT0).outcome == Outcome::Locked);
    auto reset = f.store->resetPin(f.learner.nip, "135790");
    REQUIRE(reset);
    CHECK(reset->name == f.learner.name);
    CHECK(f.check("246810", kT0).outcome == Outcome::Wrong);
    CHECK(f.check("135790", kT0).outcome == Outcome::Ok);

    SECTION("refused for a malformed PIN or an unknown learner, with nothing changed") {
        auto shortPin = f.store->resetPin(f.learner.nip, "12345");
        REQUIRE_FALSE(shortPin);
        CHECK_THAT(shortPin.error().message, Catch::Contains("6 digits"));
        CHECK_FALSE(f.store->resetPin(f.learner.nip, "12345a"));
        CHECK_FALSE(f.store->resetPin("199202292019032002", "123456"));
        CHECK(f.check("135790", kT0).outcome == Outcome::Ok);
    }
}

TEST_CASE("enrolling with a malformed PIN stores nothing", "[sync][learners][pin]") {
    test::TempDir dir;
    auto store = sync::RecordsStore::open(dir.path());
    REQUIRE(store);
    for (const char* pin : {"", "12345", "1234567", "12 456", "abcdef"}) {
        auto enrolled = (*store)->enrol(test::sampleLearner(), pin);
        CHECK_FALSE(enrolled);
    }
    CHECK((*store)->learners().empty());
    REQUIRE((*store)->enrol(test::sampleLearner(), "123456"));
    CHECK_FALSE((*store)->enrol(test::sampleLearner(), "654321")); // the same NIP twice
}

TEST_CASE("PIN format and hashing, bad inputs", "[sync][learners][pin]") {
    CHECK(sync::checkPinFormat("123456") == sync::PinProblem::None);
    CHECK(sync::checkPinFormat("12345") == sync::PinProblem::Length);
    CHECK(sync::checkPinFormat("12345x") == sync::PinProblem::NotDigits);
    CHECK(sync::checkTrainerPinFormat("123456789012") == sync::PinProblem::None);
    CHECK(sync::checkTrainerPinFormat("1234567890123") == sync::PinProblem::Length);
    const std::string hash = sync::hashPin("123456");
    CHECK(sync::verifyPin(hash, "123456"));
    CHECK_FALSE(sync::verifyPin(hash, "123457"));
    CHECK_FALSE(sync::verifyPin("", "123456"));
    CHECK_FALSE(sync::verifyPin("$argon2id$garbage", "123456"));
    CHECK_FALSE(sync::verifyPin("123456", "123456")); // a clear-text value is never a match
}

TEST_CASE("the trainer PIN is hashed in settings and locks out like a learner's", "[sync][learners][pin]") {
    test::StoreFixture f;
    CHECK_FALSE(sync::hasTrainerPin(*f.store));
    CHECK(sync::checkTrainerPin(*f.store, "123456", kT0).outcome == Outcome::NoPin);
    CHECK(sync::setTrainerPin(*f.store, "12345").has_value()); // too short: a problem, nothing set
    CHECK_FALSE(sync::hasTrainerPin(*f.store));
    REQUIRE_FALSE(sync::setTrainerPin(*f.store, "97531086"));
    CHECK(f.store->setting("kiosk.trainer_pin_hash")->rfind("$argon2id$", 0) == 0);
    CHECK(sync::checkTrainerPin(*f.store, "97531086", kT0).outcome == Outcome::Ok);
    CHECK(sync::checkTrainerPin(*f.store, "11111111", kT0).triesLeft == 4);
    for (int i = 0; i < 3; ++i) sync::checkTrainerPin(*f.store, "11111111", kT0);
    auto locked = sync::checkTrainerPin(*f.store, "11111111", kT0);
    CHECK(locked.outcome == Outcome::Locked);
    CHECK(locked.lockedUntilMs == kT0 + kMinute);
    CHECK(sync::checkTrainerPin(*f.store, "97531086", kT0 + 1).outcome == Outcome::Locked);
    // Setting the PIN again (at the kiosk's console) is the way out of a lockout.
    REQUIRE_FALSE(sync::setTrainerPin(*f.store, "97531086"));
    CHECK(sync::checkTrainerPin(*f.store, "97531086", kT0 + 1).outcome == Outcome::Ok);
}

TEST_CASE("a course counts its JP in the year its last quiz was first passed", "[sync][learners][jp]") {
    test::StoreFixture f; // sampleCourse(): 2 JP, one quiz "kuis-1", two lessons
    using sync::Achievement;
    const std::string iri = f.course.iri;
    const std::int64_t june2026 = 1'781'000'000'000, jan2027 = 1'800'000'000'000;
    const int y2026 = sync::localYear(june2026), y2027 = sync::localYear(jan2027);
    REQUIRE(y2026 != y2027);
    std::vector<Achievement> quizzes{{iri, "kuis-1", june2026}}, lessons;
    CHECK(sync::coursePassedAt(f.course, quizzes, lessons) == june2026);
    CHECK(sync::jpEarnedIn(y2026, {f.course}, quizzes, lessons) == 2);
    CHECK(sync::jpEarnedIn(y2027, {f.course}, quizzes, lessons) == 0);
    // Reading lessons earns nothing while the quiz is not passed.
    CHECK_FALSE(sync::coursePassedAt(f.course, {}, {{iri, "pengertian", june2026}, {iri, "standar", june2026}}));
    // Another course's pass of a quiz with the same id does not count here.
    CHECK_FALSE(sync::coursePassedAt(f.course, {{"https://elsewhere/course/x", "kuis-1", june2026}}, {}));

    SECTION("a course without quizzes is passed by reading every lesson") {
        content::Course reading = f.course;
        reading.modules[0].quizzes.clear();
        CHECK_FALSE(sync::coursePassedAt(reading, {}, {{iri, "pengertian", june2026}}));
        CHECK(sync::coursePassedAt(reading, {}, {{iri, "pengertian", june2026}, {iri, "standar", jan2027}}) == jan2027);
    }
    SECTION("an empty course gives no JP") {
        content::Course empty = f.course;
        empty.modules.clear();
        CHECK_FALSE(sync::coursePassedAt(empty, quizzes, lessons));
    }
}

TEST_CASE("the store lists each quiz's first pass and every lesson read", "[sync][learners][jp]") {
    test::StoreFixture f;
    content::Score failed, passed;
    failed.max = passed.max = passed.raw = 2;
    passed.scaled = 1;
    passed.passed = true;
    auto first = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    f.store->submitAttempt(first.id, failed, {});
    CHECK(f.store->quizzesPassed(f.learner.nip).empty());
    auto second = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    f.store->submitAttempt(second.id, passed, {});
    auto third = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    f.store->submitAttempt(third.id, passed, {});
    auto passes = f.store->quizzesPassed(f.learner.nip);
    REQUIRE(passes.size() == 1);
    CHECK(passes[0].itemId == "kuis-1");
    CHECK(passes[0].atMs > 0);
    CHECK(sync::jpEarnedIn(sync::localYear(passes[0].atMs), {f.course}, passes, {}) == 2);
    f.store->completeLesson(f.learner.nip, f.course.iri, "pengertian", {});
    auto lessons = f.store->lessonsCompleted(f.learner.nip);
    REQUIRE(lessons.size() == 1);
    CHECK(lessons[0].itemId == "pengertian");
    CHECK(f.store->quizzesPassed("199202292019032002").empty());
}

TEST_CASE("hashing a PIN takes well under a second (figure printed)", "[.][benchmark][pin]") {
    // Informative only, and hidden from the normal run: prints the median of a few runs.
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
        auto start = std::chrono::steady_clock::now();
        (void)sync::hashPin("123456");
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::cout << "Argon2id PIN hash (m=19 MiB, t=2): median " << ms[2] << " ms over 5 runs\n";
    CHECK(sync::verifyPin(sync::hashPin("123456"), "123456"));
}
