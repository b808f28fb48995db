// Quarantine: the store's moves, and the pass's rules for what goes there.
#include "fake_transport.h"
#include "sync_test_statements.h"

#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/sync_pass.h>
#include <pelita/sync/sync_tuning.h>
#include <pelita/sync/uuid.h>

using namespace pelita;
using test::FakeTransport;
using test::RecordedRequest;

namespace {

bool contains(const RecordedRequest& r, const std::string& id) {
    for (const auto& st : r.body)
        if (st.at("id") == id) return true;
    return false;
}

} // namespace

TEST_CASE("quarantine moves a pending statement out of the outbox with its reason", "[sync][quarantine]") {
    test::StoreFixture f;
    auto ids = test::queueStubs(f, 3);
    auto pending = f.store->pendingStatements(3);
    f.store->quarantine(pending[1].seq, "HTTP 400: verb is missing", 400);
    CHECK(f.store->pendingCount() == 2);
    CHECK(f.store->quarantineCount() == 1);
    auto q = f.store->quarantined();
    REQUIRE(q.size() == 1);
    CHECK(q[0].statementId == ids[1]);
    CHECK(q[0].body == pending[1].body);
    CHECK(q[0].reason == "HTTP 400: verb is missing");
    CHECK(q[0].httpStatus == 400);
    CHECK(q[0].quarantinedAtMs >= q[0].createdAtMs);
    auto counts = f.store->outboxCounts();
    CHECK(counts.pending == 2);
    CHECK(counts.sent == 0);
    CHECK(counts.quarantined == 1);
}

TEST_CASE("a sent or unknown statement cannot be quarantined, and nothing changes", "[sync][quarantine]") {
    test::StoreFixture f;
    test::queueStubs(f, 2);
    auto pending = f.store->pendingStatements(2);
    f.store->markSent({pending[0].seq});
    CHECK_THROWS_AS(f.store->quarantine(pending[0].seq, "late", 400), std::runtime_error);
    CHECK_THROWS_AS(f.store->quarantine(999999, "unknown", 400), std::runtime_error);
    CHECK(f.store->quarantineCount() == 0);
    auto counts = f.store->outboxCounts();
    CHECK(counts.sent == 1);
    CHECK(counts.pending == 1);
}

TEST_CASE("released statements go back to the end of the outbox", "[sync][quarantine]") {
    test::StoreFixture f;
    auto ids = test::queueStubs(f, 3);
    f.store->quarantine(f.store->pendingStatements(1)[0].seq, "HTTP 409: conflict", 409);
    CHECK(f.store->releaseQuarantine() == 1);
    CHECK(f.store->quarantineCount() == 0);
    auto pending = f.store->pendingStatements(3);
    REQUIRE(pending.size() == 3);
    CHECK(pending[2].statementId == ids[0]);
    CHECK(f.store->releaseQuarantine() == 0);
}

TEST_CASE("a 409 for one statement quarantines it; 413 only splits the batch", "[sync][quarantine]") {
    test::StoreFixture f;
    auto ids = test::queueStubs(f, 8);
    FakeTransport net([&](const RecordedRequest& r) {
        if (r.body.size() > 4) return sync::HttpResult{413, "too large", ""};
        if (contains(r, ids[5])) return sync::HttpResult{409, R"({"error":"id taken by another statement"})", ""};
        return FakeTransport::ok();
    });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::Done);
    CHECK(report.sent == 7);
    REQUIRE(report.quarantined.size() == 1);
    CHECK(report.quarantined[0].statementId == ids[5]);
    CHECK(report.quarantined[0].httpStatus == 409);
    CHECK(f.store->quarantined().at(0).reason == "HTTP 409: id taken by another statement");
}

TEST_CASE("5xx, 401, 429 and lost connections never quarantine", "[sync][quarantine]") {
    for (int status : {0, 401, 403, 429, 500, 502, 503}) {
        test::StoreFixture f;
        test::queueStubs(f, 3);
        FakeTransport net([&](const RecordedRequest&) {
            return status == 0 ? FakeTransport::offline() : sync::HttpResult{status, "{}", "", 30};
        });
        auto report = sync::runSyncPass(*f.store, net);
        CHECK(report.outcome != sync::SyncOutcome::Done);
        CHECK(f.store->quarantineCount() == 0);
        CHECK(f.store->pendingCount() == 3);
        CHECK(net.requests().size() == 1);
        if (status == 429 || status == 503) {
            CHECK(report.outcome == sync::SyncOutcome::ServerBusy);
            CHECK(report.retryAfterSeconds == 30);
        }
    }
}

TEST_CASE("a server that refuses everything is not allowed to empty the outbox into quarantine", "[sync][quarantine]") {
    test::StoreFixture f;
    test::queueStubs(f, 3 * sync::tuning::kQuarantineStreakLimit);
    FakeTransport net([](const RecordedRequest&) { return sync::HttpResult{400, "<html>Bad Request</html>", ""}; });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::ServerError);
    CHECK_THAT(report.error, Catch::Contains("refused " + std::to_string(sync::tuning::kQuarantineStreakLimit)));
    CHECK(f.store->quarantineCount() == sync::tuning::kQuarantineStreakLimit);
    CHECK(f.store->pendingCount() == 2 * sync::tuning::kQuarantineStreakLimit);
    CHECK(f.store->quarantined().at(0).reason == "HTTP 400: <html>Bad Request</html>");
}
