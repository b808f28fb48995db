#include "certificate/certificate_issuer.h"
#include "certificate/certificate_number.h"

#include <pelita/sync/recorder.h>
#include <pelita/sync/statements.h>
#include <sync/sample_course.h>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace pelita;
using pelita::test::StoreFixture;

namespace {

const std::string kHome = "https://pelita.sawahluntokota.go.id";

// Takes the sample quiz, right (q1 a, q2 b) or wrong.
void takeQuiz(StoreFixture& f, bool pass) {
    sync::Recorder recorder(*f.store, kHome);
    auto attempt = recorder.startOrResumeAttempt(f.learner, f.course, f.quiz());
    recorder.answer(f.learner, f.course, f.quiz(), attempt, f.quiz().questions[0], pass ? "a" : "b");
    recorder.answer(f.learner, f.course, f.quiz(), attempt, f.quiz().questions[1], pass ? "b" : "a");
    recorder.submit(f.learner, f.course, f.quiz(), attempt.id);
}

std::vector<nlohmann::json> outbox(const sync::RecordsStore& store) {
    std::vector<nlohmann::json> out;
    for (const auto& item : store.pendingStatements(1000)) out.push_back(nlohmann::json::parse(item.body));
    return out;
}

} // namespace

TEST_CASE("no certificate while the course is not passed") {
    StoreFixture f;
    CHECK_FALSE(certificate::issueIfPassed(*f.store, f.learner, f.course, kHome));
    takeQuiz(f, false);
    CHECK_FALSE(certificate::issueIfPassed(*f.store, f.learner, f.course, kHome));
    CHECK(f.store->certificates(f.learner.nip).empty());
}

TEST_CASE("passing the course issues one certificate, announced in a course passed statement") {
    StoreFixture f;
    takeQuiz(f, false);
    takeQuiz(f, true);
    const auto before = f.store->pendingCount();
    auto issued = certificate::issueIfPassed(*f.store, f.learner, f.course, kHome);
    REQUIRE(issued);
    CHECK(certificate::isCertificateNumber(issued->id));
    CHECK(issued->learnerName == f.learner.name);
    CHECK(issued->learnerUnit == "BKPSDM");
    CHECK(issued->courseTitle == "Pelayanan Prima");
    CHECK(issued->jpHours == 2);
    REQUIRE(issued->scaledScore);
    CHECK(*issued->scaledScore == Approx(1.0));
    CHECK(issued->startedAtMs <= issued->issuedAtMs);
    CHECK(f.store->pendingCount() == before + 1);

    // The statement, as the server reads it (server/src/pelita_certificates.cpp).
    const auto st = outbox(*f.store).back();
    CHECK(st["id"] == issued->statementId);
    CHECK(st["verb"]["id"] == sync::xapi::verb::kPassed);
    CHECK(st["object"]["id"] == f.course.iri);
    CHECK(st["object"]["definition"]["type"] == sync::xapi::activity::kCourse);
    CHECK(st["actor"]["account"]["name"] == f.learner.nip);
    CHECK(st["result"]["success"] == true);
    CHECK(st["result"]["extensions"][sync::xapi::kCertificateExtension] ==
          nlohmann::json{{"id", issued->id}, {"jp", 2.0}});

    SECTION("asking again returns the same certificate and queues nothing") {
        auto again = certificate::issueIfPassed(*f.store, f.learner, f.course, kHome);
        REQUIRE(again);
        CHECK(again->id == issued->id);
        CHECK(f.store->pendingCount() == before + 1);
        CHECK(f.store->certificates(f.learner.nip).size() == 1);
        CHECK(f.store->certificate(issued->id)->nip == f.learner.nip);
    }
    SECTION("the store refuses a second certificate for the same learner and course") {
        auto copy = *issued;
        copy.id = certificate::newCertificateNumber(2026);
        copy.statementId = "8a0a4a5e-0000-4000-8000-000000000001";
        CHECK_THROWS(f.store->issueCertificate(copy, {}));
        CHECK(f.store->certificates(f.learner.nip).size() == 1);
    }
}

TEST_CASE("a course without quizzes is passed by reading every lesson, with no score") {
    StoreFixture f;
    f.course.modules[0].quizzes.clear();
    sync::Recorder recorder(*f.store, kHome);
    recorder.completeLesson(f.learner, f.course, f.course.modules[0].lessons[0]);
    CHECK_FALSE(certificate::issueIfPassed(*f.store, f.learner, f.course, kHome));
    recorder.completeLesson(f.learner, f.course, f.course.modules[0].lessons[1]);
    auto issued = certificate::issueIfPassed(*f.store, f.learner, f.course, kHome);
    REQUIRE(issued);
    CHECK_FALSE(issued->scaledScore);
    CHECK_FALSE(outbox(*f.store).back()["result"].contains("score"));
}

TEST_CASE("a records.db of schema 2 gains the certificates table and keeps its learners") {
    test::TempDir dir;
    {
        auto store = sync::RecordsStore::open(dir.path());
        REQUIRE(store);
        REQUIRE((*store)->enrol(test::sampleLearner()));
    }
    { // Back to how a v2 kiosk left it.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open((dir.path() / "records.db").string().c_str(), &db) == SQLITE_OK);
        CHECK(sqlite3_exec(db,
                           "DROP TABLE certificates; DROP TABLE assignments; ALTER TABLE learners DROP COLUMN opd;"
                           "ALTER TABLE quiz_attempts DROP COLUMN taken_from;"
                           "PRAGMA user_version = 2;",
                           nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    auto store = sync::RecordsStore::open(dir.path());
    REQUIRE(store);
    CHECK((*store)->schemaVersion() == sync::RecordsStore::kSchemaVersion);
    CHECK((*store)->learner(test::sampleLearner().nip));
    CHECK((*store)->certificates(test::sampleLearner().nip).empty());
}

TEST_CASE("a course passed on another kiosk (taken in through the resume state) gets no second certificate here") {
    StoreFixture f;
    const auto taken = [&](const std::string& id, bool passed, std::int64_t at) {
        sync::QuizAttempt a;
        a.id = id;
        a.quizId = f.quiz().id;
        a.startedAtMs = at - 60'000;
        a.submittedAtMs = at;
        a.score = content::Score{passed ? 2.0 : 0.0, 0, 2, passed ? 1.0 : 0.0, passed, false};
        a.takenFrom = "KIOS-A";
        return a;
    };
    REQUIRE(f.store->takeInAttempts(f.learner.nip, f.course.iri, {taken("att-on-a", true, 1'700'000'000'000)}));
    const auto before = f.store->pendingCount();
    // A retake here, passed too: the course was passed first on kiosk A.
    takeQuiz(f, true);
    CHECK_FALSE(certificate::issueIfPassed(*f.store, f.learner, f.course, kHome));
    CHECK(f.store->certificates(f.learner.nip).empty());
    CHECK(f.store->pendingCount() > before); // the retake's own statements, no course pass

    SECTION("a fail taken in decides nothing: the pass here issues the certificate") {
        StoreFixture g;
        REQUIRE(g.store->takeInAttempts(g.learner.nip, g.course.iri, {taken("att-failed-on-a", false, 1'700'000'000'000)}));
        takeQuiz(g, true);
        CHECK(certificate::issueIfPassed(*g.store, g.learner, g.course, kHome));
    }
}
