// When the engine tries again: backoff, Retry-After, the connectivity probe, syncNow.
#include "fake_transport.h"
#include "sample_course.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/sync_engine.h>
#include <pelita/sync/uuid.h>

#include <atomic>
#include <chrono>
#include <condition_variable>

using namespace pelita;
using namespace std::chrono_literals;
using test::FakeTransport;
using test::RecordedRequest;

namespace {

// Statuses as the engine reports them, each with the time it arrived.
class Statuses {
public:
    void operator()(const sync::SyncStatus& s) {
        {
            std::lock_guard lock(mutex_);
            all_.push_back({s, sync::nowMs()});
        }
        changed_.notify_all();
    }
    // The first status satisfying `pred`, waiting for it (the limit only keeps a broken
    // engine from hanging the suite).
    template <class Pred> std::optional<std::pair<sync::SyncStatus, std::int64_t>> waitFor(Pred pred) {
        std::unique_lock lock(mutex_);
        std::optional<std::pair<sync::SyncStatus, std::int64_t>> found;
        changed_.wait_for(lock, 30s, [&] {
            for (const auto& s : all_)
                if (pred(s.first)) {
                    found = s;
                    return true;
                }
            return false;
        });
        return found;
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::pair<sync::SyncStatus, std::int64_t>> all_;
};

void queueAndConfigure(test::StoreFixture& f, int n) {
    std::vector<nlohmann::json> statements;
    for (int i = 0; i < n; ++i) statements.push_back({{"id", sync::newUuid()}});
    f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", statements);
    sync::KioskSettings s;
    s.serverUrl = "https://lrs.example.go.id";
    s.save(*f.store);
}

bool delivered(const sync::SyncStatus& s) {
    return s.activity == sync::SyncActivity::Idle && s.lastOutcome == sync::SyncOutcome::Done && s.queueLength == 0;
}

sync::SyncSchedule patient() {
    sync::SyncSchedule s;
    s.backoffInitial = s.backoffCap = 1h; // only a probe, syncNow or Retry-After can bring the next pass
    s.probeInterval = 1h;
    return s;
}

} // namespace

TEST_CASE("backoff doubles from its first wait up to the cap, with jitter below", "[sync][schedule]") {
    sync::SyncSchedule s;
    CHECK(sync::backoffDelay(1, 0.0, s) == s.backoffInitial);
    CHECK(sync::backoffDelay(2, 0.0, s) == 2 * s.backoffInitial);
    CHECK(sync::backoffDelay(4, 0.0, s) == 8 * s.backoffInitial);
    CHECK(sync::backoffDelay(30, 0.0, s) == s.backoffCap);
    CHECK(sync::backoffDelay(1000, 0.0, s) == s.backoffCap);
    CHECK(sync::backoffDelay(1, 0.999, s) > s.backoffInitial / 2 - 1ms);
    CHECK(sync::backoffDelay(1, 0.999, s) < s.backoffInitial);
    s.backoffInitial = 1ms;
    s.jitter = 1.0;
    CHECK(sync::backoffDelay(1, 0.999, s) >= 1ms); // never zero: no busy loop
}

TEST_CASE("Retry-After is honoured, at least a second and at most the cap", "[sync][schedule]") {
    sync::SyncSchedule s;
    CHECK(sync::retryAfterDelay(0, s) == 1s);
    CHECK(sync::retryAfterDelay(7, s) == 7s);
    CHECK(sync::retryAfterDelay(86400, s) == s.retryAfterCap);
}

TEST_CASE("offline, the engine waits out its backoff without a request", "[sync][schedule]") {
    test::StoreFixture f;
    queueAndConfigure(f, 2);
    auto transport = std::make_unique<FakeTransport>([](const RecordedRequest&) { return FakeTransport::offline(); });
    auto* net = transport.get();
    Statuses log;
    sync::SyncEngine engine(f.dir.path(), std::move(transport), std::ref(log), patient());
    engine.start();
    auto offline = log.waitFor([](const sync::SyncStatus& s) { return s.task == sync::SyncTask::WaitingToRetry; });
    REQUIRE(offline);
    CHECK(offline->first.activity == sync::SyncActivity::Offline);
    CHECK(offline->first.lastOutcome == sync::SyncOutcome::NoConnection);
    // The status says when: the backoff (1 h, less up to half of it for jitter).
    CHECK(offline->first.nextAttemptMs - offline->second >= 30 * 60 * 1000 - 1000);
    std::this_thread::sleep_for(300ms);
    CHECK(net->requests().size() == 1);
    engine.stop();
}

TEST_CASE("while offline a probe notices the link is back and a pass runs at once", "[sync][schedule]") {
    test::StoreFixture f;
    queueAndConfigure(f, 3);
    std::atomic<bool> up{false};
    auto transport = std::make_unique<FakeTransport>([&](const RecordedRequest&) {
        return up ? FakeTransport::ok() : FakeTransport::offline();
    });
    auto* net = transport.get();
    Statuses log;
    auto schedule = patient();
    schedule.probeInterval = 20ms;
    sync::SyncEngine engine(f.dir.path(), std::move(transport), std::ref(log), schedule);
    engine.start();
    REQUIRE(log.waitFor([](const sync::SyncStatus& s) { return s.task == sync::SyncTask::CheckingConnection; }));
    up = true;
    REQUIRE(log.waitFor(delivered));
    engine.stop();
    CHECK(f.store->pendingCount() == 0);
    bool probedAbout = false;
    for (const auto& r : net->requests()) probedAbout |= r.url == "https://lrs.example.go.id/xapi/about";
    CHECK(probedAbout);
}

TEST_CASE("syncNow cuts a long backoff short", "[sync][schedule]") {
    test::StoreFixture f;
    queueAndConfigure(f, 3);
    std::atomic<bool> up{false};
    Statuses log;
    sync::SyncEngine engine(f.dir.path(), std::make_unique<FakeTransport>([&](const RecordedRequest&) {
                                return up ? FakeTransport::ok() : FakeTransport::offline();
                            }),
                            std::ref(log), patient());
    engine.start();
    REQUIRE(log.waitFor([](const sync::SyncStatus& s) { return s.task == sync::SyncTask::WaitingToRetry; }));
    up = true;
    engine.syncNow(); // the trainer's "Sinkronkan sekarang"
    REQUIRE(log.waitFor(delivered));
    engine.stop();
}

TEST_CASE("after 429 the engine comes back when Retry-After says, not before", "[sync][schedule]") {
    test::StoreFixture f;
    queueAndConfigure(f, 3);
    std::mutex mutex;
    std::vector<std::chrono::steady_clock::time_point> posts;
    Statuses log;
    sync::SyncEngine engine(f.dir.path(), std::make_unique<FakeTransport>([&](const RecordedRequest& r) {
                                // The pull's GETs (roster, catalogue) after the pass are not posts.
                                if (r.url.find("/xapi/statements") == std::string::npos) return FakeTransport::ok();
                                std::lock_guard lock(mutex);
                                posts.push_back(std::chrono::steady_clock::now());
                                return posts.size() == 1 ? sync::HttpResult{429, "{}", "", 1} : FakeTransport::ok();
                            }),
                            std::ref(log), patient());
    engine.start();
    auto busy = log.waitFor([](const sync::SyncStatus& s) { return s.lastOutcome == sync::SyncOutcome::ServerBusy; });
    REQUIRE(busy);
    CHECK(busy->first.task == sync::SyncTask::WaitingToRetry);
    CHECK(busy->first.nextAttemptMs - busy->second <= 1000);
    CHECK(busy->first.nextAttemptMs - busy->second >= 500);
    REQUIRE(log.waitFor(delivered));
    engine.stop();
    std::lock_guard lock(mutex);
    REQUIRE(posts.size() == 2);
    CHECK(posts[1] - posts[0] >= 1s);
}
