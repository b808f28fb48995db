#include "analytics_feed.h"

#include <algorithm>
#include <iostream>

namespace pelita::server::analytics {

AnalyticsFeed::AnalyticsFeed(std::shared_ptr<DashboardStore> dashboard)
    : dashboard_(std::move(dashboard)), worker_([this] { run(); }) {}

AnalyticsFeed::~AnalyticsFeed() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    worker_.join();
}

bool AnalyticsFeed::stopRequested() {
    std::lock_guard lock(mutex_);
    return stopping_;
}

void AnalyticsFeed::notify() {
    {
        std::lock_guard lock(mutex_);
        wanted_ = true;
    }
    wake_.notify_one();
}

void AnalyticsFeed::followPelita(PelitaSource source) {
    if (!dashboard_->mirrorsPelita()) return;
    {
        std::lock_guard lock(mutex_);
        pelita_ = std::move(source);
        copyDue_ = wanted_ = true;
    }
    wake_.notify_one();
}

void AnalyticsFeed::pelitaChanged() {
    {
        std::lock_guard lock(mutex_);
        if (!pelita_) return;
        copyDue_ = wanted_ = true;
    }
    wake_.notify_one();
}

bool AnalyticsFeed::drain() {
    std::unique_lock lock(mutex_);
    wanted_ = true; // statements stored by another process count too
    wake_.notify_one();
    idle_.wait(lock, [this] { return (!wanted_ && !busy_) || failed_; });
    return !failed_;
}

Expected<std::int64_t, std::string> AnalyticsFeed::catchUpOnce(bool copyPelita) {
    if (copyPelita) {
        PelitaSource source;
        {
            std::lock_guard lock(mutex_);
            source = pelita_;
        }
        auto records = source();
        if (!records) return unexpected("dashboard copy of the roster and catalogue: " + records.error());
        if (auto copied = dashboard_->mirrorPelita(*records); !copied) return unexpected(copied.error());
    }
    // One chunk per call, so that stopping waits for one chunk at most.
    Expected<std::int64_t, std::string> folded = 0;
    std::int64_t total = 0;
    do {
        folded = dashboard_->catchUp(kChunk, 1);
        if (folded) total += *folded;
    } while (folded && *folded > 0 && !stopRequested());
    if (!folded) return folded;
    return total;
}

void AnalyticsFeed::run() {
    std::unique_lock lock(mutex_);
    auto pause = kRetryFirst;
    for (;;) {
        if (!wake_.wait_for(lock, kRecheck, [this] { return stopping_ || wanted_; }) && pelita_) copyDue_ = true;
        if (stopping_) return;
        const bool copyPelita = copyDue_ && pelita_;
        wanted_ = copyDue_ = false;
        busy_ = true;
        lock.unlock();
        auto done = catchUpOnce(copyPelita);
        lock.lock();
        busy_ = false;
        failed_ = !done;
        if (failed_) {
            std::cerr << "pelita-server: " << done.error() << " (the xAPI store is unaffected; retrying in "
                      << pause.count() / 1000 << " s)\n";
            idle_.notify_all();
            // Wait out the pause unless asked to stop; then try again.
            if (wake_.wait_for(lock, pause, [this] { return stopping_; })) return;
            pause = std::min(pause * 2, kRetryCap);
            wanted_ = true;
            copyDue_ = copyDue_ || copyPelita;
            continue;
        }
        pause = kRetryFirst;
        if (!wanted_) idle_.notify_all();
    }
}

Expected<Stored, StoreError> FeedingStatementStore::storeAll(const std::vector<StatementToStore>& batch,
                                                             const std::vector<AttachmentContent>& attachments) {
    auto stored = inner_->storeAll(batch, attachments);
    if (stored) feed_->notify();
    return stored;
}

} // namespace pelita::server::analytics
