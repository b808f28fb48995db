// Queue health: the X-Pelita-Queue header the kiosk's requests carry, and the
// real pelita-server keeping it for the dashboard's Kiosks page.
#include "status_log.h"
#include "sync_test_statements.h"

#include <support/lrs_process.h>

#include <pelita/sync/curl_transport.h>
#include <pelita/sync/clock.h>
#include <pelita/sync/queue_report.h>
#include <pelita/sync/sync_engine.h>

#include <thread>

using namespace pelita;
using namespace std::chrono_literals;

namespace {

nlohmann::json entryFor(const test::LrsProcess& server) {
    for (const auto& k : server.kiosks())
        if (k.at("key") == server.key()) return k;
    FAIL("the test kiosk is not listed");
    return {};
}

} // namespace

TEST_CASE("the queue report says what waits, for how long, and what is quarantined", "[sync][queue]") {
    test::StoreFixture f;
    CHECK(sync::queueReport(*f.store, sync::nowMs()) == "waiting=0; quarantined=0");

    test::queueStubs(f, 3);
    f.store->quarantine(f.store->pendingStatements(1).at(0).seq, "HTTP 400: verb is missing", 400);
    const auto oldest = f.store->oldestPendingMs();
    REQUIRE(oldest);
    CHECK(sync::queueReport(*f.store, *oldest + 90'500) == "waiting=2; quarantined=1; oldest-age=90");

    f.store->markSent({f.store->pendingStatements(2).at(0).seq, f.store->pendingStatements(2).at(1).seq});
    CHECK_FALSE(f.store->oldestPendingMs());
    CHECK(sync::queueReport(*f.store, *oldest + 90'500) == "waiting=0; quarantined=1");
}

TEST_CASE("the real server hears the queue with each request, and at once when it empties", "[sync][queue]") {
    test::LrsProcess server;
    test::StoreFixture kiosk;
    test::queueAnswers(kiosk, 20);
    const nlohmann::json noVerb = {{"id", sync::newUuid()},
                                   {"actor", {{"mbox", "mailto:x@example.go.id"}}},
                                   {"object", {{"id", "https://x.example.go.id"}}}};
    kiosk.store->completeLesson(kiosk.learner.nip, kiosk.course.iri, "pengertian", std::vector<nlohmann::json>{noVerb});
    test::pointAt(kiosk, server.url(), server.key(), server.secret());

    // Before any sync, one request says what waits.
    sync::CurlTransport curl;
    sync::QueueReportingTransport reporting(curl, *kiosk.store);
    const auto asked = reporting.get(server.url() + "/pelita/v1/catalogue",
                                     {sync::basicAuthHeader(server.key(), server.secret())});
    REQUIRE(asked.reached());
    auto entry = entryFor(server);
    REQUIRE(entry.at("queue").is_object());
    CHECK(entry["queue"]["waiting"] == 21);
    CHECK(entry["queue"]["quarantined"] == 0);
    REQUIRE(entry["queue"]["oldestWaiting"].is_string());
    CHECK(entry["queue"]["oldestWaiting"].get<std::string>() <= entry["queue"]["reported"].get<std::string>());

    // The engine sends everything it can; the server refuses the statement
    // without a verb. Its next requests (the rest of the pass and the pull)
    // say so well within the minute the contact clock would otherwise wait.
    test::StatusLog log;
    sync::SyncEngine engine(kiosk.dir.path(), std::make_unique<sync::CurlTransport>(), std::ref(log));
    engine.start();
    REQUIRE(log.waitFor([](const sync::SyncStatus& s) {
        return s.lastOutcome == sync::SyncOutcome::Done && s.queueLength == 0 && s.quarantined == 1;
    }));
    nlohmann::json queue;
    for (int look = 0; look < 300; ++look) { // the pull's requests follow the pass
        queue = entryFor(server).at("queue");
        if (queue["waiting"] == 0) break;
        std::this_thread::sleep_for(100ms);
    }
    engine.stop();
    CHECK(queue["waiting"] == 0);
    CHECK(queue["quarantined"] == 1);
    CHECK(queue["oldestWaiting"].is_null());
}
