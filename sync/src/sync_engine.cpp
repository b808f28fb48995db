#include <pelita/sync/clock.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/records_store.h>
#include <pelita/sync/sync_engine.h>
#include <pelita/sync/sync_pass.h>
#include <pelita/sync/sync_tuning.h>

#include <algorithm>
#include <random>

namespace pelita::sync {
namespace {

using Clock = std::chrono::steady_clock;

std::chrono::milliseconds backoff(int failures, std::mt19937& rng) {
    auto delay = tuning::kBackoffInitial;
    for (int i = 1; i < failures && delay < tuning::kBackoffCap; ++i) delay *= 2;
    delay = std::min(delay, tuning::kBackoffCap);
    std::uniform_real_distribution<double> spread(1.0 - tuning::kBackoffJitter, 1.0);
    return std::chrono::milliseconds(static_cast<std::int64_t>(static_cast<double>(delay.count()) * spread(rng)));
}

SyncActivity activityAfter(SyncOutcome outcome) {
    switch (outcome) {
    case SyncOutcome::Done:
    case SyncOutcome::Rejected: return SyncActivity::Idle;
    case SyncOutcome::NotConfigured: return SyncActivity::NotConfigured;
    default: return SyncActivity::Offline;
    }
}

} // namespace

SyncEngine::SyncEngine(std::filesystem::path dataDir, std::unique_ptr<Transport> transport, StatusSink sink)
    : dataDir_(std::move(dataDir)), transport_(std::move(transport)), sink_(std::move(sink)) {}

SyncEngine::~SyncEngine() { stop(); }

void SyncEngine::start() {
    std::lock_guard lock(mutex_);
    if (thread_.joinable()) return;
    stopping_ = false;
    wanted_ = true;
    thread_ = std::thread([this] { run(); });
}

void SyncEngine::syncNow() {
    {
        std::lock_guard lock(mutex_);
        wanted_ = true;
    }
    wake_.notify_one();
}

void SyncEngine::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    // Abort a request in flight rather than wait up to the 2G timeouts for it.
    transport_->cancel();
    if (thread_.joinable()) thread_.join();
}

void SyncEngine::run() {
    SyncStatus status;
    std::mt19937 rng{std::random_device{}()};
    int failures = 0;
    auto publish = [&] {
        // A throwing sink must not kill the engine thread (std::terminate).
        try { if (sink_) sink_(status); } catch (...) {}
    };
    std::unique_ptr<RecordsStore> store;
    auto nextRun = Clock::now();

    while (true) {
        {
            std::unique_lock lock(mutex_);
            wake_.wait_until(lock, nextRun, [&] { return stopping_ || wanted_ || Clock::now() >= nextRun; });
            if (stopping_) return;
            wanted_ = false;
        }
        if (!store) {
            auto opened = RecordsStore::open(dataDir_);
            if (!opened) {
                status.activity = SyncActivity::Offline;
                status.lastError = "The kiosk's records could not be opened: " + opened.error().message;
                publish();
                nextRun = Clock::now() + backoff(++failures, rng);
                continue;
            }
            store = std::move(opened.value());
        }
        try {
            status.queueLength = store->pendingCount();
            status.activity = KioskSettings::load(*store).hasServer() ? SyncActivity::Connecting
                                                                      : SyncActivity::NotConfigured;
        } catch (const std::exception&) {
            // runSyncPass below reports the same failure in plain words.
        }
        status.sentThisRun = 0;
        publish();

        SyncReport report = runSyncPass(*store, *transport_, [&](const SyncProgress& p) {
            status.activity = SyncActivity::Busy;
            status.sentThisRun = p.sent;
            status.queueLength = p.remaining;
            publish();
        });
        status.activity = activityAfter(report.outcome);
        status.sentThisRun = report.sent;
        status.queueLength = report.remaining;
        status.lastError = report.error;
        if (report.outcome == SyncOutcome::Done || report.outcome == SyncOutcome::Rejected)
            status.lastSuccessMs = nowMs();
        publish();

        bool failed = status.activity == SyncActivity::Offline;
        failures = failed ? failures + 1 : 0;
        nextRun = Clock::now() + (failed ? backoff(failures, rng) : tuning::kPeriodicInterval);
    }
}

} // namespace pelita::sync
