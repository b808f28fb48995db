#pragma once
// SyncEngine: the actor that sends the outbox to the server in the background.
//
// Public methods only enqueue a wish and return at once; one engine thread does all
// the work, opening its own RecordsStore on <dataDir>. It runs a pass at start, when
// asked (syncNow: the trainer's "Sinkronkan sekarang"), and every
// tuning::kPeriodicInterval. After a failed pass it waits: exponential backoff with
// jitter up to a cap, or the server's Retry-After on 429/503. While offline it probes
// the server cheaply every tuning::kProbeInterval and runs a pass as soon as the link
// is back. It never busy-waits: between passes it sleeps on a condition variable.
// After a pass that emptied the outbox it pulls (pull_pass.h): the roster and the
// catalogue every tuning::kPullInterval or when asked, and course downloads, which
// pause whenever results are waiting (the results go first, the download resumes).
//
// Threads: construct, start, syncNow and stop from any one owner thread. The status
// sink is called ON THE ENGINE THREAD: forward the value to the UI's main-thread
// queue, do not touch UI state from it, and do not call stop() from it.
#include <pelita/sync/pull_pass.h>
#include <pelita/sync/sync_schedule.h>
#include <pelita/sync/sync_status.h>
#include <pelita/sync/transport.h>

#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pelita::sync {

class SyncEngine {
public:
    using StatusSink = std::function<void(const SyncStatus&)>;

    // `transport` is used only on the engine thread from start() on. `schedule` is
    // the tuning's timing; tests shorten it.
    SyncEngine(std::filesystem::path dataDir, std::unique_ptr<Transport> transport, StatusSink sink,
               SyncSchedule schedule = {});
    ~SyncEngine();   // stops and joins
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    void start();    // starts the thread; the first pass runs at once. No effect if running.
    void syncNow();  // asks for a pass as soon as the current one (if any) ends
    // The trainer's "Unduh": downloads and installs this new course from the catalogue
    // after the next pass. Kept in records.db, so a restart carries on with it; asking
    // again retries a download that failed.
    void download(const std::string& courseIri);
    // A learner signed in: before the next pass (which this asks for), their resume
    // state for these courses (their installed ones) is exchanged with the server
    // (resume_state_exchange.h). Offline, or with no server set, nothing happens.
    void learnerSignedIn(const std::string& nip, const std::vector<std::string>& courseIris);
    // Asks the thread to finish, cancels its HTTP request in flight (the batch stays
    // in the outbox), and joins it.
    void stop();

private:
    void run();
    // sync_engine_pull.cpp, on the engine thread.
    void acceptWishes(RecordsStore& store, SyncStatus& status, const std::vector<std::string>& wishes);
    PullOutcome pull(RecordsStore& store, Transport& transport, SyncStatus& status, const std::function<void()>& publish,
                     bool downloadsOnly);
    // sync_engine_resume.cpp, on the engine thread: the sign-ins' exchanges, and after
    // a pass that emptied the outbox, the exchanges of progress made since the last.
    struct SignIn {
        std::string nip;
        std::vector<std::string> courseIris;
    };
    void shareResumeState(RecordsStore& store, Transport& transport, SyncStatus& status,
                          const std::vector<SignIn>& signIns);
    void shareChangedResumeState(RecordsStore& store, Transport& transport, SyncStatus& status);

    std::filesystem::path dataDir_;
    std::unique_ptr<Transport> transport_;
    StatusSink sink_;
    SyncSchedule schedule_;

    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;   // guarded by mutex_
    bool wanted_ = false;     // guarded by mutex_: a pass was asked for
    std::vector<std::string> wishes_; // guarded by mutex_: courses asked for by download()
    std::vector<SignIn> signIns_;     // guarded by mutex_: learnerSignedIn() not yet served
    std::thread thread_;
};

} // namespace pelita::sync
