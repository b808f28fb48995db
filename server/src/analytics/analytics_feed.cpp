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

bool AnalyticsFeed::drain() {
    std::unique_lock lock(mutex_);
    wanted_ = true; // statements stored by another process count too
    wake_.notify_one();
    idle_.wait(lock, [this] { return (!wanted_ && !busy_) || failed_; });
    return !failed_;
}

void AnalyticsFeed::run() {
    std::unique_lock lock(mutex_);
    auto pause = kRetryFirst;
    for (;;) {
        wake_.wait_for(lock, kRecheck, [this] { return stopping_ || wanted_; });
        if (stopping_) return;
        wanted_ = false;
        busy_ = true;
        lock.unlock();
        // One chunk per call, so that stopping waits for one chunk at most.
        Expected<std::int64_t, std::string> folded = 0;
        do {
            folded = dashboard_->catchUp(kChunk, 1);
        } while (folded && *folded > 0 && !stopRequested());
        lock.lock();
        busy_ = false;
        failed_ = !folded;
        if (failed_) {
            std::cerr << "pelita-server: " << folded.error() << " (the xAPI store is unaffected; retrying in "
                      << pause.count() / 1000 << " s)\n";
            idle_.notify_all();
            // Wait out the pause unless asked to stop; then try again.
            if (wake_.wait_for(lock, pause, [this] { return stopping_; })) return;
            pause = std::min(pause * 2, kRetryCap);
            wanted_ = true;
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
