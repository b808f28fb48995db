#include <pelita/sync/clock.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/queue_report.h>
#include <pelita/sync/records_store.h>
#include <pelita/sync/sync_engine.h>
#include <pelita/sync/sync_pass.h>
#include <pelita/sync/sync_tuning.h>

#include <algorithm>
#include <optional>
#include <random>

namespace pelita::sync {
namespace {

using Clock = std::chrono::steady_clock;

bool succeeded(SyncOutcome outcome) { return outcome == SyncOutcome::Done || outcome == SyncOutcome::NotConfigured; }

SyncActivity activityAfter(SyncOutcome outcome) {
    switch (outcome) {
    case SyncOutcome::NotConfigured: return SyncActivity::NotConfigured;
    case SyncOutcome::NoConnection: return SyncActivity::Offline;
    default: return SyncActivity::Idle; // reached the server (or failed locally): see lastOutcome
    }
}

} // namespace

SyncEngine::SyncEngine(std::filesystem::path dataDir, std::unique_ptr<Transport> transport, StatusSink sink,
                       SyncSchedule schedule)
    : dataDir_(std::move(dataDir)), transport_(std::move(transport)), sink_(std::move(sink)), schedule_(schedule) {}

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

void SyncEngine::download(const std::string& courseIri) {
    {
        std::lock_guard lock(mutex_);
        wishes_.push_back(courseIri);
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
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int failures = 0;
    auto publish = [&] {
        // A throwing sink must not kill the engine thread (std::terminate).
        try { if (sink_) sink_(status); } catch (...) {}
    };
    std::unique_ptr<RecordsStore> store;
    auto nextRun = Clock::now();
    std::optional<Clock::time_point> nextProbe; // set while offline
    std::optional<Clock::time_point> nextPull;  // unset: pull after the next pass that empties the outbox
    bool resumeDownloads = false;               // the last pull paused for results: only its downloads go on
    auto waitUntil = [&](Clock::duration wait, SyncTask task) {
        nextRun = Clock::now() + wait;
        status.task = task;
        status.nextAttemptMs = nowMs() + std::chrono::duration_cast<std::chrono::milliseconds>(wait).count();
    };

    while (true) {
        bool probing = false;
        bool asked = false;
        std::vector<std::string> wishes;
        std::vector<SignIn> signIns;
        {
            std::unique_lock lock(mutex_);
            const auto until = nextProbe ? std::min(nextRun, *nextProbe) : nextRun;
            wake_.wait_until(lock, until, [&] { return stopping_ || wanted_ || Clock::now() >= until; });
            if (stopping_) return;
            probing = !wanted_ && Clock::now() < nextRun;
            asked = wanted_;
            wanted_ = false;
            wishes.swap(wishes_);
            signIns.swap(signIns_);
        }
        if (!store) {
            auto opened = RecordsStore::open(dataDir_);
            if (!opened) {
                status.activity = SyncActivity::Idle;
                status.lastOutcome = SyncOutcome::LocalError;
                status.lastError = "The kiosk's records could not be opened: " + opened.error().message;
                {
                    std::lock_guard lock(mutex_); // "Unduh" is kept for the next try
                    wishes_.insert(wishes_.end(), wishes.begin(), wishes.end());
                }
                waitUntil(backoffDelay(++failures, unit(rng), schedule_), SyncTask::WaitingToRetry);
                publish();
                continue;
            }
            store = std::move(opened.value());
            status.lastSuccessMs = lastSuccessMs(*store);
        }
        KioskSettings settings;
        try {
            settings = KioskSettings::load(*store);
            status.queueLength = store->pendingCount();
            status.quarantined = store->quarantineCount();
        } catch (const std::exception&) {
            // runSyncPass below reports the same failure in plain words.
        }
        acceptWishes(*store, status, wishes);
        if (probing) {
            // Offline: ask the server's open /xapi/about; only a live link earns a pass.
            status.activity = SyncActivity::Connecting;
            status.task = SyncTask::CheckingConnection;
            publish();
            if (!settings.hasServer() || !transport_->probe(settings.serverUrl + "/xapi/about").reached()) {
                nextProbe = Clock::now() + schedule_.probeInterval;
                status.activity = SyncActivity::Offline;
                status.task = SyncTask::WaitingToRetry;
                publish();
                continue;
            }
        }
        status.activity = settings.hasServer() ? SyncActivity::Connecting : SyncActivity::NotConfigured;
        status.task = SyncTask::Sending;
        status.nextAttemptMs = 0;
        status.sentThisRun = 0;
        status.bytesThisRun = 0;
        publish();

        // Every request of the pass and the pull tells the server how the queue stands.
        QueueReportingTransport reporting(*transport_, *store);
        if (!signIns.empty()) {
            // The learner waits for their places; the outbox can wait a moment.
            shareResumeState(*store, reporting, status, signIns);
            publish();
        }
        SyncReport report = runSyncPass(*store, reporting, [&](const SyncProgress& p) {
            status.activity = SyncActivity::Busy;
            status.sentThisRun = p.sent;
            status.queueLength = p.remaining;
            status.quarantined = p.quarantinedTotal;
            status.bytesThisRun = p.wireBytes;
            publish();
        });
        status.activity = activityAfter(report.outcome);
        status.lastOutcome = report.outcome;
        status.sentThisRun = report.sent;
        status.bytesThisRun = report.wireBytes;
        status.queueLength = report.remaining;
        status.quarantined = report.quarantinedTotal;
        status.lastError = report.error;
        nextProbe.reset();
        if (succeeded(report.outcome)) {
            failures = 0;
            if (report.outcome == SyncOutcome::Done) status.lastSuccessMs = lastSuccessMs(*store);
            if (report.outcome == SyncOutcome::Done) shareChangedResumeState(*store, reporting, status);
            waitUntil(schedule_.periodic, SyncTask::None);
            status.nextAttemptMs = 0;
            if (report.outcome == SyncOutcome::Done && (asked || !nextPull || Clock::now() >= *nextPull)) {
                publish(); // the results' news first
                status.activity = SyncActivity::Busy;
                status.task = SyncTask::Downloading;
                const PullOutcome pulled = pull(*store, reporting, status, publish, resumeDownloads);
                resumeDownloads = pulled == PullOutcome::Yielded;
                if (!resumeDownloads) nextPull = Clock::now() + tuning::kPullInterval;
                status.activity = SyncActivity::Idle;
                status.task = SyncTask::None;
                if (pulled == PullOutcome::Yielded) {
                    // Results are waiting: send them now, then the pull resumes the download.
                    nextRun = Clock::now();
                } else if (pulled == PullOutcome::NoConnection) {
                    status.activity = SyncActivity::Offline;
                    waitUntil(backoffDelay(++failures, unit(rng), schedule_), SyncTask::WaitingToRetry);
                    nextProbe = Clock::now() + schedule_.probeInterval;
                    nextPull.reset();
                }
            }
        } else if (report.outcome == SyncOutcome::ServerBusy && report.retryAfterSeconds >= 0) {
            ++failures; // the server named its time; no jitter, it asked for exactly this
            waitUntil(retryAfterDelay(report.retryAfterSeconds, schedule_), SyncTask::WaitingToRetry);
        } else {
            waitUntil(backoffDelay(++failures, unit(rng), schedule_), SyncTask::WaitingToRetry);
            if (report.outcome == SyncOutcome::NoConnection) nextProbe = Clock::now() + schedule_.probeInterval;
        }
        publish();
    }
}

} // namespace pelita::sync
