#include "analytics_feed.h"

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

void AnalyticsFeed::offer(std::vector<nlohmann::json> statements) {
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(std::move(statements));
    }
    wake_.notify_one();
}

void AnalyticsFeed::drain() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [this] { return queue_.empty() && !busy_; });
}

void AnalyticsFeed::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return; // stopping, and everything is folded
        // Fold whatever queued up meanwhile in one transaction: under load
        // that is fewer commits, not more.
        std::vector<nlohmann::json> statements;
        for (auto& batch : queue_)
            for (auto& s : batch) statements.push_back(std::move(s));
        queue_.clear();
        busy_ = true;
        lock.unlock();
        if (auto folded = dashboard_->fold(statements); !folded)
            std::cerr << "pelita-server: " << folded.error()
                      << " (the xAPI store is unaffected; run `pelita-server analytics rebuild`)\n";
        lock.lock();
        busy_ = false;
        if (queue_.empty()) idle_.notify_all();
    }
}

Expected<Stored, StoreError> FeedingStatementStore::storeAll(const std::vector<StatementToStore>& batch,
                                                             const std::vector<AttachmentContent>& attachments) {
    auto stored = inner_->storeAll(batch, attachments);
    if (!stored) return stored;
    std::vector<nlohmann::json> statements;
    statements.reserve(batch.size());
    for (const auto& s : batch) statements.push_back(s.statement);
    feed_->offer(std::move(statements));
    return stored;
}

} // namespace pelita::server::analytics
