#include "fake_transport.h"
#include "sample_course.h"

#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/sync_engine.h>
#include <pelita/sync/uuid.h>

#include <chrono>
#include <condition_variable>

using namespace pelita;
using test::FakeTransport;
using test::RecordedRequest;

namespace {

// Collects the statuses the engine reports on its thread.
class StatusLog {
public:
    void operator()(const sync::SyncStatus& s) {
        {
            std::lock_guard lock(mutex_);
            all_.push_back(s);
        }
        changed_.notify_all();
    }
    // Waits until some reported status satisfies `pred`. The limit only keeps a
    // broken engine from hanging the suite; passing does not depend on speed.
    template <class Pred> std::optional<sync::SyncStatus> waitFor(Pred pred) {
        std::unique_lock lock(mutex_);
        std::optional<sync::SyncStatus> found;
        changed_.wait_for(lock, std::chrono::seconds(30), [&] {
            for (const auto& s : all_)
                if (pred(s)) found = s;
            return found.has_value();
        });
        return found;
    }

    std::size_t count() {
        std::lock_guard lock(mutex_);
        return all_.size();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<sync::SyncStatus> all_;
};

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
    CHECK(net->requests().size() == 2);
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
