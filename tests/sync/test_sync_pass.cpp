#include "fake_transport.h"
#include "sample_course.h"

#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/sync_pass.h>
#include <pelita/sync/sync_tuning.h>
#include <pelita/sync/uuid.h>

using namespace pelita;
using test::FakeTransport;
using test::RecordedRequest;

namespace {

// Queues `n` statements in one transaction and configures a server.
std::vector<std::string> queue(test::StoreFixture& f, std::size_t n, bool configure = true) {
    std::vector<nlohmann::json> statements;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i) {
        ids.push_back(sync::newUuid());
        statements.push_back({{"id", ids.back()}, {"n", i}});
    }
    f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", statements);
    if (configure) {
        sync::KioskSettings s;
        s.serverUrl = "https://lrs.example.go.id";
        s.key = "kiosk-1";
        s.secret = "s3cret";
        s.save(*f.store);
    }
    return ids;
}

std::string header(const RecordedRequest& r, const std::string& name) {
    for (const auto& [k, v] : r.headers)
        if (k == name) return v;
    return "";
}

} // namespace

TEST_CASE("without a server the pass does nothing and the outbox keeps everything", "[sync][pass]") {
    test::StoreFixture f;
    queue(f, 3, false);
    FakeTransport net([](const RecordedRequest&) { return FakeTransport::ok(); });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::NotConfigured);
    CHECK(report.error.empty());
    CHECK(report.remaining == 3);
    CHECK(net.requests().empty());
}

TEST_CASE("the outbox is sent in batches, each confirmed before the next", "[sync][pass]") {
    test::StoreFixture f;
    const std::size_t total = 2 * sync::tuning::kBatchSize + 7;
    auto ids = queue(f, total);
    FakeTransport net([](const RecordedRequest&) { return FakeTransport::ok(); });
    std::vector<sync::SyncProgress> progress;
    auto report = sync::runSyncPass(*f.store, net, [&](const sync::SyncProgress& p) { progress.push_back(p); });

    CHECK(report.outcome == sync::SyncOutcome::Done);
    CHECK(report.sent == total);
    CHECK(report.remaining == 0);
    CHECK(report.reachedServer);
    CHECK(f.store->pendingCount() == 0);
    auto requests = net.requests();
    REQUIRE(requests.size() == 3);
    CHECK(requests[0].url == "https://lrs.example.go.id/xapi/statements");
    CHECK(requests[0].body.size() == sync::tuning::kBatchSize);
    CHECK(requests[2].body.size() == 7);
    CHECK(requests[0].body[0].at("id") == ids[0]);             // oldest first
    CHECK(requests[2].body[6].at("id") == ids.back());
    CHECK(header(requests[0], "Authorization") == "Basic a2lvc2stMTpzM2NyZXQ="); // kiosk-1:s3cret
    REQUIRE(progress.size() == 3);
    CHECK(progress[0].sent == sync::tuning::kBatchSize);
    CHECK(progress[0].remaining == total - sync::tuning::kBatchSize);
    CHECK(progress[2].remaining == 0);
}

TEST_CASE("a lost connection stops the pass and keeps the unsent statements", "[sync][pass]") {
    test::StoreFixture f;
    queue(f, sync::tuning::kBatchSize + 5);
    int calls = 0;
    FakeTransport net([&](const RecordedRequest&) { return ++calls == 1 ? FakeTransport::ok() : FakeTransport::offline(); });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::NoConnection);
    CHECK(report.error == "No connection: the server did not answer.");
    CHECK(report.sent == sync::tuning::kBatchSize);
    CHECK(report.remaining == 5);
    CHECK(f.store->pendingCount() == 5);
    CHECK(calls == 2); // no retries inside a pass
}

TEST_CASE("a server error marks nothing sent", "[sync][pass]") {
    test::StoreFixture f;
    queue(f, 4);
    FakeTransport net([](const RecordedRequest&) { return sync::HttpResult{503, "maintenance", ""}; });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::ServerError);
    CHECK(report.reachedServer);
    CHECK_THAT(report.error, Catch::Contains("HTTP 503"));
    CHECK(report.sent == 0);
    CHECK(f.store->pendingCount() == 4);
}

TEST_CASE("a refused credential is reported in plain words", "[sync][pass]") {
    test::StoreFixture f;
    queue(f, 4);
    FakeTransport net([](const RecordedRequest&) { return sync::HttpResult{401, "", ""}; });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::CredentialRefused);
    CHECK_THAT(report.error, Catch::Contains("refused this kiosk's credential"));
    CHECK(f.store->pendingCount() == 4);
    CHECK(net.requests().size() == 1);
}

TEST_CASE("an invalid statement is found by halving; the others are sent", "[sync][pass]") {
    test::StoreFixture f;
    auto ids = queue(f, 10);
    const std::string bad = ids[6];
    FakeTransport net([&](const RecordedRequest& r) {
        for (const auto& st : r.body)
            if (st.at("id") == bad) return sync::HttpResult{400, "verb is missing", ""};
        return FakeTransport::ok();
    });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::Rejected);
    CHECK(report.sent == 9);
    CHECK(report.remaining == 1);
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected[0].statementId == bad);
    CHECK_THAT(report.rejected[0].reason, Catch::Contains("verb is missing"));
    REQUIRE(f.store->pendingStatements(10).size() == 1);
    CHECK(f.store->pendingStatements(10)[0].statementId == bad);
}

TEST_CASE("an empty outbox needs no request", "[sync][pass]") {
    test::StoreFixture f;
    queue(f, 0);
    FakeTransport net([](const RecordedRequest&) { return FakeTransport::ok(); });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::Done);
    CHECK(report.sent == 0);
    CHECK(net.requests().empty());
}
