// SyncEngine, the pull after a pass: the trainer's download wishes, and the pull
// pass with the rule that results go first.
#include <pelita/sync/sync_engine.h>
#include <pelita/sync/sync_tuning.h>

namespace pelita::sync {

void SyncEngine::acceptWishes(RecordsStore& store, SyncStatus& status, const std::vector<std::string>& wishes) {
    for (const auto& iri : wishes) {
        try {
            askForCourse(store, iri);
        } catch (const std::exception&) {
            // Not kept across a restart then; this run still downloads it below.
        }
        // Asking again is how a trainer retries a download that failed.
        for (auto& course : status.catalogue.courses)
            if (course.offer.entry.iri == iri && course.state != DownloadState::Installed) {
                course.state = DownloadState::Queued;
                course.problem = DownloadProblem::None;
                course.error.clear();
            }
    }
}

PullOutcome SyncEngine::pull(RecordsStore& store, Transport& transport, SyncStatus& status,
                             const std::function<void()>& publish,
                             bool downloadsOnly) {
    using Clock = std::chrono::steady_clock;
    auto lastLook = Clock::now();
    PullHooks hooks;
    hooks.downloadsOnly = downloadsOnly;
    hooks.shouldYield = [&] {
        {
            // Stopping, "Sinkronkan sekarang" or another "Unduh": the loop takes over.
            std::lock_guard lock(mutex_);
            if (stopping_ || wanted_) return true;
        }
        if (Clock::now() - lastLook < tuning::kOutboxLookInterval) return false;
        lastLook = Clock::now();
        try {
            return store.pendingCount() > 0;
        } catch (const std::exception&) {
            return false; // the pass after the download will say what is wrong with the store
        }
    };
    hooks.onChange = [&](const CatalogueStatus& catalogue) {
        status.catalogue = catalogue;
        try {
            status.queueLength = store.pendingCount(); // answers given meanwhile, until the pause sends them
        } catch (const std::exception&) {
            // The count stays as the pass left it; the next pass reports the store's trouble.
        }
        publish();
    };
    CatalogueStatus catalogue = status.catalogue;
    const PullOutcome outcome = runPullPass(store, transport, dataDir_, catalogue, hooks);
    status.catalogue = std::move(catalogue);
    return outcome;
}

} // namespace pelita::sync
