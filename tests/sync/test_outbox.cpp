// The outbox and the one-transaction-per-action guarantee.
#include "sample_course.h"

#include <pelita/sync/uuid.h>

using namespace pelita;

namespace {
nlohmann::json statementWithId(const std::string& id) { return {{"id", id}, {"verb", {{"id", "x"}}}}; }
} // namespace

TEST_CASE("an answer and its statement are stored together", "[sync][outbox]") {
    test::StoreFixture f;
    auto attempt = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    auto id = sync::newUuid();
    f.store->recordAnswer(attempt.id, "q1", "a", true, {statementWithId(id)});

    auto stored = f.store->attempt(attempt.id);
    REQUIRE(stored);
    CHECK(stored->responses == std::map<std::string, std::string>{{"q1", "a"}});
    auto pending = f.store->pendingStatements(10);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].statementId == id);
    CHECK(nlohmann::json::parse(pending[0].body) == statementWithId(id));
}

TEST_CASE("changing an answer replaces it and queues another statement", "[sync][outbox]") {
    test::StoreFixture f;
    auto attempt = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    f.store->recordAnswer(attempt.id, "q1", "b", false, {statementWithId(sync::newUuid())});
    f.store->recordAnswer(attempt.id, "q1", "a", true, {statementWithId(sync::newUuid())});
    CHECK(f.store->attempt(attempt.id)->responses.at("q1") == "a");
    CHECK(f.store->pendingCount() == 2);
}

TEST_CASE("a failed write leaves neither the answer nor any statement", "[sync][outbox]") {
    test::StoreFixture f;
    auto attempt = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    auto id = sync::newUuid();
    // The second statement repeats the first one's id: the outbox's UNIQUE constraint
    // fails after the answer row and the first statement were written.
    CHECK_THROWS_AS(f.store->recordAnswer(attempt.id, "q1", "a", true, {statementWithId(id), statementWithId(id)}),
                    std::runtime_error);
    CHECK(f.store->attempt(attempt.id)->responses.empty());
    CHECK(f.store->pendingCount() == 0);

    // The store is still usable after the rollback.
    f.store->recordAnswer(attempt.id, "q1", "a", true, {statementWithId(id)});
    CHECK(f.store->pendingCount() == 1);
}

TEST_CASE("a statement without an id is refused and nothing is written", "[sync][outbox]") {
    test::StoreFixture f;
    CHECK_THROWS_AS(f.store->completeLesson(f.learner.nip, f.course.iri, "standar", std::vector<nlohmann::json>{nlohmann::json{{"verb", "completed"}}}),
                    std::runtime_error);
    CHECK(f.store->completedLessons(f.learner.nip, f.course.iri).empty());
    CHECK(f.store->pendingCount() == 0);
}

TEST_CASE("a submitted attempt takes no more answers", "[sync][outbox]") {
    test::StoreFixture f;
    auto attempt = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    f.store->submitAttempt(attempt.id, content::Score{0, 0, 2, 0, false}, {statementWithId(sync::newUuid())});
    CHECK_THROWS_AS(f.store->recordAnswer(attempt.id, "q1", "a", true, {statementWithId(sync::newUuid())}),
                    std::runtime_error);
    CHECK_THROWS_AS(f.store->submitAttempt(attempt.id, content::Score{}, {}), std::runtime_error);
    CHECK_THROWS_AS(f.store->recordAnswer("no-such-attempt", "q1", "a", true, {}), std::runtime_error);
    CHECK(f.store->pendingCount() == 1);
}

TEST_CASE("the outbox hands out statements oldest first and forgets only what was sent", "[sync][outbox]") {
    test::StoreFixture f;
    std::vector<nlohmann::json> statements;
    for (int i = 0; i < 5; ++i) statements.push_back(statementWithId(sync::newUuid()));
    f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", statements);

    auto first = f.store->pendingStatements(3);
    REQUIRE(first.size() == 3);
    CHECK(first[0].seq < first[1].seq);
    CHECK(first[1].seq < first[2].seq);
    for (std::size_t i = 0; i < 3; ++i) CHECK(first[i].statementId == statements[i]["id"]);

    f.store->markSent({first[0].seq, first[2].seq});
    CHECK(f.store->pendingCount() == 3);
    auto rest = f.store->pendingStatements(10);
    REQUIRE(rest.size() == 3);
    CHECK(rest[0].statementId == statements[1]["id"]);
    CHECK(rest[1].statementId == statements[3]["id"]);
}

TEST_CASE("an open attempt is found again after a restart, a submitted one is not", "[sync][outbox]") {
    test::StoreFixture f;
    auto attempt = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    f.store->recordAnswer(attempt.id, "q2", "b", true, {});
    f.store.reset();
    auto store = std::move(sync::RecordsStore::open(f.dir.path()).value());
    auto open = store->openAttempt(f.learner.nip, f.course.iri, "kuis-1");
    REQUIRE(open);
    CHECK(open->id == attempt.id);
    CHECK(open->responses.at("q2") == "b");
    CHECK_FALSE(open->score);

    store->submitAttempt(attempt.id, content::Score{1, 0, 2, 0.5, true}, {});
    CHECK_FALSE(store->openAttempt(f.learner.nip, f.course.iri, "kuis-1"));
    auto done = store->submittedAttempts(f.learner.nip, f.course.iri);
    REQUIRE(done.size() == 1);
    REQUIRE(done[0].score);
    CHECK(done[0].score->raw == 1);
    CHECK(done[0].score->passed);
}
