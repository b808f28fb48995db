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

using test::queueStubs;

std::string header(const RecordedRequest& r, const std::string& name) {
    for (const auto& [k, v] : r.headers)
        if (k == name) return v;
    return "";
}

} // namespace

TEST_CASE("without a server the pass does nothing and the outbox keeps everything", "[sync][pass]") {
    test::StoreFixture f;
    queueStubs(f, 3, false);
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
    auto ids = queueStubs(f, total);
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
    queueStubs(f, sync::tuning::kBatchSize + 5);
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
    queueStubs(f, 4);
    FakeTransport net([](const RecordedRequest&) { return sync::HttpResult{500, R"({"error":"disk full"})", ""}; });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::ServerError);
    CHECK(report.reachedServer);
    CHECK_THAT(report.error, Catch::Contains("HTTP 500: disk full"));
    CHECK(report.sent == 0);
    CHECK(f.store->pendingCount() == 4);
}

TEST_CASE("a refused credential is reported in plain words", "[sync][pass]") {
    test::StoreFixture f;
    queueStubs(f, 4);
    FakeTransport net([](const RecordedRequest&) { return sync::HttpResult{401, "", ""}; });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::CredentialRefused);
    CHECK_THAT(report.error, Catch::Contains("refused this kiosk's credential"));
    CHECK(f.store->pendingCount() == 4);
    CHECK(net.requests().size() == 1);
}

TEST_CASE("an invalid statement is found by halving and quarantined; the others are sent", "[sync][pass]") {
    test::StoreFixture f;
    auto ids = queueStubs(f, 10);
    const std::string bad = ids[6];
    FakeTransport net([&](const RecordedRequest& r) {
        for (const auto& st : r.body)
            if (st.at("id") == bad) return sync::HttpResult{400, R"({"error":"verb is missing"})", ""};
        return FakeTransport::ok();
    });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::Done);
    CHECK(report.error.empty());
    CHECK(report.sent == 9);
    CHECK(report.remaining == 0);
    CHECK(report.quarantinedTotal == 1);
    REQUIRE(report.quarantined.size() == 1);
    CHECK(report.quarantined[0].statementId == bad);
    CHECK(report.quarantined[0].reason == "HTTP 400: verb is missing");
    CHECK(report.quarantined[0].httpStatus == 400);
    CHECK(f.store->pendingCount() == 0);
    CHECK(sync::lastSuccessMs(*f.store) > 0);
    // [0-9] refused; [0-4] ok; [5-9] refused -> [5,6] refused -> [5] ok, [6] quarantined; [7-9] ok.
    CHECK(net.requests().size() == 7);
}

TEST_CASE("an empty outbox needs no request", "[sync][pass]") {
    test::StoreFixture f;
    queueStubs(f, 0);
    FakeTransport net([](const RecordedRequest&) { return FakeTransport::ok(); });
    auto report = sync::runSyncPass(*f.store, net);
    CHECK(report.outcome == sync::SyncOutcome::Done);
    CHECK(report.sent == 0);
    CHECK(net.requests().empty());
}
