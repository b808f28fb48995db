#include "fake_transport.h"
#include "sample_course.h"
#include "status_log.h"

#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/sync_engine.h>
#include <pelita/sync/uuid.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>

using namespace pelita;
using test::FakeTransport;
using test::RecordedRequest;

namespace {

using test::StatusLog;

void queue(test::StoreFixture& f, int n) {
    std::vector<nlohmann::json> statements;
    for (int i = 0; i < n; ++i) statements.push_back({{"id", sync::newUuid()}});
    f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", statements);
}

void configure(test::StoreFixture& f) {
    sync::KioskSettings s;
    s.serverUrl = "https://lrs.example.go.id";
    s.save(*f.store);
}

} // namespace

TEST_CASE("the engine sends the outbox on start and again on syncNow", "[sync][engine]") {
    test::StoreFixture f;
    configure(f);
    queue(f, 3);
    auto transport = std::make_unique<FakeTransport>([](const RecordedRequest&) { return FakeTransport::ok(); });
    auto* net = transport.get();
    StatusLog log;
    sync::SyncEngine engine(f.dir.path(), std::move(transport), std::ref(log));
    engine.start();
    auto first = log.waitFor([](const sync::SyncStatus& s) {
        return s.activity == sync::SyncActivity::Idle && s.sentThisRun == 3;
    });
    REQUIRE(first);
    CHECK(first->queueLength == 0);
    CHECK(first->lastError.empty());
    CHECK(first->lastSuccessMs > 0);
    CHECK(f.store->pendingCount() == 0);

    queue(f, 2);
    engine.syncNow();
    auto second = log.waitFor([](const sync::SyncStatus& s) {
        return s.activity == sync::SyncActivity::Idle && s.sentThisRun == 2;
    });
    REQUIRE(second);
    CHECK(f.store->pendingCount() == 0);
    engine.stop();
    // Two POSTs of statements; the GETs after them are the pull (roster, catalogue).
    const auto requests = net->requests();
    CHECK(std::count_if(requests.begin(), requests.end(), [](const RecordedRequest& r) {
              return r.url.find("/xapi/statements") != std::string::npos;
          }) == 2);
}

TEST_CASE("the engine reports not configured and sends nothing without a server", "[sync][engine]") {
    test::StoreFixture f;
    queue(f, 2);
    auto transport = std::make_unique<FakeTransport>([](const RecordedRequest&) { return FakeTransport::ok(); });
    auto* net = transport.get();
    StatusLog log;
    sync::SyncEngine engine(f.dir.path(), std::move(transport), std::ref(log));
    engine.start();
    auto status = log.waitFor([](const sync::SyncStatus& s) {
        return s.activity == sync::SyncActivity::NotConfigured && s.queueLength == 2;
    });
    REQUIRE(status);
    CHECK(status->lastError.empty());
    engine.stop();
    CHECK(net->requests().empty());
}

TEST_CASE("offline, the engine reports the error and stop() ends its backoff wait", "[sync][engine]") {
    test::StoreFixture f;
    configure(f);
    queue(f, 1);
    StatusLog log;
    sync::SyncEngine engine(f.dir.path(), std::make_unique<FakeTransport>([](const RecordedRequest&) {
                                return FakeTransport::offline();
                            }),
                            std::ref(log));
    engine.start();
    auto status = log.waitFor([](const sync::SyncStatus& s) { return s.activity == sync::SyncActivity::Offline; });
    REQUIRE(status);
    CHECK(status->lastError == "No connection: the server did not answer.");
    CHECK(status->queueLength == 1);
    CHECK(status->lastSuccessMs == 0);
    // The engine now waits out its backoff (seconds to minutes); stop() must not.
    engine.stop();
    CHECK(f.store->pendingCount() == 1);
}

TEST_CASE("an engine that never started stops cleanly", "[sync][engine]") {
    test::TempDir dir;
    StatusLog log;
    sync::SyncEngine engine(dir.path(), std::make_unique<FakeTransport>([](const RecordedRequest&) {
                                return FakeTransport::ok();
                            }),
                            std::ref(log));
    engine.syncNow();
    engine.stop();
    CHECK(log.count() == 0);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "records.db")); // the thread never ran
}
