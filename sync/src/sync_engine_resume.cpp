// SyncEngine, resume state: a signed-in learner's places fetched and merged, and
// progress made on this kiosk sent on after each pass (docs/sync.md "Resume state").
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/resume_state_exchange.h>
#include <pelita/sync/sync_engine.h>

namespace pelita::sync {

namespace {

// The notice on the trainer's Sync tab says what the latest exchange that
// reached the server found: a clean one clears an earlier problem.
void noteProblems(bool reached, const std::vector<std::string>& problems, SyncStatus& status) {
    if (!problems.empty()) status.resumeProblem = problems.back();
    else if (reached) status.resumeProblem.clear();
}

} // namespace

void SyncEngine::learnerSignedIn(const std::string& nip, const std::vector<std::string>& courseIris) {
    {
        std::lock_guard lock(mutex_);
        signIns_.push_back({nip, courseIris});
        wanted_ = true;
    }
    wake_.notify_one();
}

void SyncEngine::shareResumeState(RecordsStore& store, Transport& transport, SyncStatus& status,
                                  const std::vector<SignIn>& signIns) {
    KioskSettings settings;
    try {
        settings = KioskSettings::load(store);
    } catch (const std::exception& e) {
        status.resumeProblem = std::string("the kiosk settings could not be read: ") + e.what();
        return;
    }
    if (!settings.hasServer()) return;
    for (const auto& signIn : signIns) {
        const auto report = exchangeResumeState(store, transport, settings, signIn.nip, signIn.courseIris);
        if (report.changedLocal) ++status.resumeMerges;
        noteProblems(report.reached, report.problems, status);
        if (!report.reached) return;
    }
}

void SyncEngine::shareChangedResumeState(RecordsStore& store, Transport& transport, SyncStatus& status) {
    try {
        const KioskSettings settings = KioskSettings::load(store);
        if (!settings.hasServer()) return;
        const ChangedResumeReport report = exchangeChangedResumeState(store, transport, settings);
        status.resumeMerges += report.learnersTakenIn;
        noteProblems(report.reached && report.learners > 0, report.problems, status);
    } catch (const std::exception& e) {
        status.resumeProblem = std::string("the kiosk's records could not be read: ") + e.what();
    }
}

} // namespace pelita::sync
