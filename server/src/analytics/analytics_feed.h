#pragma once
// AnalyticsFeed: keeps the dashboard's aggregates current as statements are
// stored, off the request path. FeedingStatementStore wraps the LRS's
// StatementStore: once storeAll() has committed, the batch is handed to the
// feed's own thread, which folds it (DashboardStore::fold). An xAPI response
// therefore never waits for, nor fails because of, the dashboard; a failed
// fold is logged to stderr and `pelita-server analytics rebuild` repairs it.
// Every path that stores statements goes through storeAll(), so records
// carried by USB are folded too.
// Thread notes: offer() and drain() from any thread; the destructor folds
// what is queued, then joins.
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "dashboard_store.h"
#include "statement_store.h"

namespace pelita::server::analytics {

class AnalyticsFeed {
public:
    explicit AnalyticsFeed(std::shared_ptr<DashboardStore> dashboard);
    ~AnalyticsFeed();
    AnalyticsFeed(const AnalyticsFeed&) = delete;
    AnalyticsFeed& operator=(const AnalyticsFeed&) = delete;

    void offer(std::vector<nlohmann::json> statements);
    // Returns once everything offered so far is folded (tests, shutdown).
    void drain();

private:
    void run();

    std::shared_ptr<DashboardStore> dashboard_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::deque<std::vector<nlohmann::json>> queue_;
    bool busy_ = false;
    bool stopping_ = false;
    std::thread worker_;
};

class FeedingStatementStore : public StatementStore {
public:
    FeedingStatementStore(std::unique_ptr<StatementStore> inner, std::shared_ptr<AnalyticsFeed> feed)
        : inner_(std::move(inner)), feed_(std::move(feed)) {}

    Expected<Stored, StoreError> storeAll(const std::vector<StatementToStore>& batch,
                                          const std::vector<AttachmentContent>& attachments) override;
    Expected<std::optional<FoundStatement>, std::string> findById(const std::string& id) override {
        return inner_->findById(id);
    }
    Expected<StatementPage, std::string> query(const StatementQuery& q) override { return inner_->query(q); }
    Expected<std::optional<AttachmentContent>, std::string> attachment(const std::string& sha2) override {
        return inner_->attachment(sha2);
    }
    Expected<std::optional<nlohmann::json>, std::string> activityDefinition(const std::string& id) override {
        return inner_->activityDefinition(id);
    }

private:
    std::unique_ptr<StatementStore> inner_;
    std::shared_ptr<AnalyticsFeed> feed_;
};

} // namespace pelita::server::analytics
