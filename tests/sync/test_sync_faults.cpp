// The real sync pass against the real pelita-server binary, through the fault proxy:
// whatever the link does, no statement is lost and none reaches the server twice.
#include "sync_test_statements.h"

#include <support/fault_proxy.h>
#include <support/lrs_process.h>

#include <pelita/sync/curl_transport.h>
#include <pelita/sync/sync_engine.h>
#include <pelita/sync/sync_pass.h>
#include <pelita/sync/sync_tuning.h>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>

using namespace pelita;
using sync::SyncOutcome;
using namespace std::chrono_literals;

namespace {

// The kiosk, the server and the proxy between them.
struct Link {
    test::LrsProcess server;
    test::FaultProxy proxy{server.port()};
    test::StoreFixture kiosk;
    std::vector<std::string> queued;

    explicit Link(std::size_t statements) {
        queued = test::queueAnswers(kiosk, statements);
        test::pointAt(kiosk, proxy.url(), server.key(), server.secret());
    }

    sync::SyncReport pass(sync::CurlOptions options = {}) {
        sync::CurlTransport transport(options);
        return sync::runSyncPass(*kiosk.store, transport);
    }

    // What the kiosk says must match what the server holds: every statement the
    // kiosk no longer counts as pending is at the server, and nothing is there twice.
    void checkHonest() {
        const auto ids = server.statementIds();
        const std::set<std::string> distinct(ids.begin(), ids.end());
        CHECK(distinct.size() == ids.size());
        const auto pending = kiosk.store->pendingStatements(queued.size());
        std::set<std::string> waiting;
        for (const auto& p : pending) waiting.insert(p.statementId);
        for (const auto& id : queued)
            if (!waiting.count(id)) CHECK(distinct.count(id) == 1);
        for (const auto& id : ids) CHECK(std::find(queued.begin(), queued.end(), id) != queued.end());
    }

    // After the link heals, one more pass delivers the rest, each statement once.
    void checkDeliveredExactlyOnce() {
        proxy.heal();
        auto report = pass();
        CHECK(report.error == "");
        CHECK(report.outcome == SyncOutcome::Done);
        CHECK(kiosk.store->pendingCount() == 0);
        auto ids = server.statementIds();
        CHECK(ids.size() == queued.size());
        std::sort(ids.begin(), ids.end());
        auto expected = queued;
        std::sort(expected.begin(), expected.end());
        CHECK(ids == expected);
    }
};

const std::size_t kTwoAndABitBatches = 2 * sync::tuning::kBatchSize + 50;

} // namespace

TEST_CASE("a batch the server stored whose answer was lost is resent harmlessly", "[sync][faults]") {
    Link link(kTwoAndABitBatches);
    link.proxy.resetResponseAfter(0);
    auto report = link.pass();
    CHECK(report.outcome == SyncOutcome::NoConnection);
    CHECK(report.sent == 0);
    CHECK(link.kiosk.store->pendingCount() == link.queued.size());
    // The server did the work: the first batch is there, though the kiosk cannot know.
    CHECK(link.server.statementIds().size() == sync::tuning::kBatchSize);
    link.checkHonest();
    link.checkDeliveredExactlyOnce();
}

TEST_CASE("a request cut in the middle of its body stores nothing and is resent", "[sync][faults]") {
    Link link(kTwoAndABitBatches);
    // A first pass measures how many bytes a request of a full batch takes (the two
    // full batches and a half one of the same statements), so the cut can be aimed.
    REQUIRE(link.pass().outcome == SyncOutcome::Done);
    const auto perBatch = static_cast<std::size_t>(static_cast<double>(link.proxy.bytesUp()) / 2.5);
    auto more = test::queueAnswers(link.kiosk, kTwoAndABitBatches);
    link.queued.insert(link.queued.end(), more.begin(), more.end());
    // Cut inside the first request of the pass: on a fresh connection, so libcurl
    // cannot quietly retry it (it does so, harmlessly, on a reused one).
    link.proxy.resetRequestAfter(perBatch / 2);
    auto report = link.pass();
    CHECK(report.outcome == SyncOutcome::NoConnection);
    CHECK(report.sent == 0);
    CHECK(link.server.statementIds().size() == kTwoAndABitBatches);
    link.checkHonest();
    link.checkDeliveredExactlyOnce();
}

TEST_CASE("a response cut short is a failure, and the retry is harmless", "[sync][faults]") {
    Link link(kTwoAndABitBatches);
    link.proxy.truncateResponseAfter(30); // part of the status line and headers
    auto report = link.pass();
    CHECK(report.outcome == SyncOutcome::NoConnection);
    CHECK(report.sent == 0);
    link.checkHonest();
    link.checkDeliveredExactlyOnce();
}

TEST_CASE("server errors mark nothing sent and lose nothing", "[sync][faults]") {
    for (int status : {500, 502}) {
        Link link(kTwoAndABitBatches);
        link.proxy.answer(status);
        auto report = link.pass();
        CHECK(report.outcome == SyncOutcome::ServerError);
        CHECK_THAT(report.error, Catch::Contains("HTTP " + std::to_string(status)));
        CHECK(report.sent == 0);
        CHECK(link.server.statementIds().empty());
        link.checkHonest();
        link.checkDeliveredExactlyOnce();
    }
}

TEST_CASE("429 and 503 hand the server's Retry-After to the engine", "[sync][faults]") {
    for (int status : {429, 503}) {
        Link link(kTwoAndABitBatches);
        REQUIRE(link.pass().outcome == SyncOutcome::Done);
        auto more = test::queueAnswers(link.kiosk, 10);
        link.queued.insert(link.queued.end(), more.begin(), more.end());
        link.proxy.answer(status, 7);
        auto report = link.pass();
        CHECK(report.outcome == SyncOutcome::ServerBusy);
        CHECK(report.retryAfterSeconds == 7);
        CHECK(report.reachedServer);
        CHECK(link.kiosk.store->pendingCount() == 10);
        link.checkHonest();
        link.checkDeliveredExactlyOnce();
    }
}

TEST_CASE("a stalled link times out instead of hanging, and the batch goes later", "[sync][faults]") {
    Link link(sync::tuning::kBatchSize + 10);
    link.proxy.stall(true);
    sync::CurlOptions impatient;
    impatient.lowSpeedTimeSeconds = 1; // the kiosk waits 60 s; the test need not
    auto report = link.pass(impatient);
    CHECK(report.outcome == SyncOutcome::NoConnection);
    CHECK_THAT(report.error, Catch::Contains("timed out"));
    link.checkHonest();
    link.checkDeliveredExactlyOnce();
}

TEST_CASE("a slow link with latency delivers everything, gzip-compressed", "[sync][faults]") {
    Link link(sync::tuning::kBatchSize + 30);
    link.proxy.throttle(64 * 1024, std::chrono::milliseconds(20));
    auto report = link.pass();
    CHECK(report.outcome == SyncOutcome::Done);
    CHECK(report.sent == link.queued.size());
    CHECK(report.wireBytes > 0);
    CHECK(report.wireBytes * 5 <= report.rawBytes); // the goal: wire <= 0.2x raw JSON
    CHECK(link.proxy.bytesUp() >= report.wireBytes);
    link.checkDeliveredExactlyOnce();
}

TEST_CASE("the real server's refusals go to quarantine with its reasons; the rest arrive", "[sync][faults]") {
    Link link(0);
    // An id the server already holds with another body (say, from another kiosk): 409 for ours.
    test::StoreFixture elsewhere;
    auto taken = test::queueAnswers(elsewhere, 1);
    sync::CurlTransport other;
    REQUIRE(other.post(link.server.url() + "/xapi/statements",
                       {sync::basicAuthHeader(link.server.key(), link.server.secret())},
                       "[" + elsewhere.store->pendingStatements(1).at(0).body + "]")
                .status == 200);
    auto good = test::queueAnswers(link.kiosk, 30);
    // No verb: 400.
    nlohmann::json invalid = {{"id", sync::newUuid()},
                              {"actor", {{"mbox", "mailto:x@example.go.id"}}},
                              {"object", {{"id", "https://x.example.go.id"}}}};
    auto conflicting = invalid;
    conflicting["id"] = taken[0];
    conflicting["verb"] = {{"id", "http://adlnet.gov/expapi/verbs/attempted"}};
    link.kiosk.store->completeLesson(link.kiosk.learner.nip, link.kiosk.course.iri, "pengertian",
                                     std::vector<nlohmann::json>{invalid, conflicting});
    auto after = test::queueAnswers(link.kiosk, 30);

    auto report = link.pass();
    CHECK(report.outcome == SyncOutcome::Done);
    CHECK(report.sent == 60);
    CHECK(report.remaining == 0);
    REQUIRE(report.quarantined.size() == 2);
    auto q = link.kiosk.store->quarantined();
    REQUIRE(q.size() == 2);
    CHECK(link.kiosk.store->quarantineCount() == 2);
    std::map<std::string, sync::QuarantinedStatement> byId;
    for (const auto& s : q) byId[s.statementId] = s;
    const auto invalidId = invalid["id"].get<std::string>();
    CHECK(byId.at(invalidId).httpStatus == 400);
    CHECK_THAT(byId.at(invalidId).reason, Catch::Contains("verb"));
    CHECK(byId.at(taken[0]).httpStatus == 409);
    const auto ids = link.server.statementIds();
    CHECK(ids.size() == 61);
    CHECK(std::count(ids.begin(), ids.end(), invalidId) == 0);
    for (const auto& id : good) CHECK(std::count(ids.begin(), ids.end(), id) == 1);
    for (const auto& id : after) CHECK(std::count(ids.begin(), ids.end(), id) == 1);
}

TEST_CASE("the engine over a flaky link: every status tells the truth, and everything arrives once",
          "[sync][faults]") {
    Link link(3 * sync::tuning::kBatchSize);
    link.proxy.answer(502);              // the first request never reaches the server
    link.proxy.resetResponseAfter(0);    // the next batch is stored, but its answer is lost
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<sync::SyncStatus> seen;
    std::vector<std::string> lies;
    std::unique_ptr<sync::RecordsStore> checker; // opened and used on the engine thread only
    auto sink = [&](const sync::SyncStatus& s) {
        // The sink runs on the engine thread, so the store cannot change under this check.
        if (!checker) checker = std::move(sync::RecordsStore::open(link.kiosk.dir.path()).value());
        std::lock_guard lock(mutex);
        if (s.queueLength != checker->pendingCount())
            lies.push_back("queue " + std::to_string(s.queueLength) + " vs " + std::to_string(checker->pendingCount()));
        if (s.quarantined != checker->quarantineCount()) lies.push_back("quarantine count");
        seen.push_back(s);
        changed.notify_all();
    };
    sync::SyncSchedule quick;
    quick.backoffInitial = 50ms;
    quick.backoffCap = 200ms;
    quick.probeInterval = 20ms;
    sync::SyncEngine engine(link.kiosk.dir.path(), std::make_unique<sync::CurlTransport>(), sink, quick);
    engine.start();
    {
        std::unique_lock lock(mutex);
        changed.wait_for(lock, 30s, [&] {
            return !seen.empty() && seen.back().lastOutcome == SyncOutcome::Done && seen.back().queueLength == 0;
        });
    }
    engine.stop();
    std::lock_guard lock(mutex);
    CHECK(lies.empty());
    auto outcome = [&](SyncOutcome o) {
        return std::any_of(seen.begin(), seen.end(), [&](const sync::SyncStatus& s) { return s.lastOutcome == o; });
    };
    CHECK(outcome(SyncOutcome::ServerError));
    CHECK(outcome(SyncOutcome::NoConnection));
    REQUIRE(!seen.empty());
    CHECK(seen.back().lastSuccessMs > 0);
    CHECK(seen.back().lastError.empty());
    auto ids = link.server.statementIds();
    std::sort(ids.begin(), ids.end());
    auto expected = link.queued;
    std::sort(expected.begin(), expected.end());
    CHECK(ids == expected);
}
