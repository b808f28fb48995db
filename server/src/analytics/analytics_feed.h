#pragma once
// AnalyticsFeed: keeps the dashboard's aggregates current as statements are
// stored, off the request path. FeedingStatementStore wraps the LRS's
// StatementStore: once storeAll() has committed, it wakes the feed's thread,
// which folds what was stored after the watermark (DashboardStore::catchUp).
// The statements themselves are read back from the database, never held in
// memory: a crash or power cut loses no fold, because the thread also catches
// up when it starts, and statements stored by another process on the same
// data dir (`import-bundle`) are folded within kRecheck.
// An xAPI response never waits for, nor fails because of, the dashboard. A
// failed fold is logged to stderr and retried after a growing pause
// (kRetryFirst, doubling up to kRetryCap).
// Thread notes: notify() and drain() from any thread; the destructor finishes
// the chunk in hand and joins (the rest is folded at the next start).
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "dashboard_store.h"
#include "statement_store.h"

namespace pelita::server::analytics {

class AnalyticsFeed {
public:
    static constexpr std::chrono::milliseconds kRetryFirst{1000};
    static constexpr std::chrono::milliseconds kRetryCap{60000};
    // Statements per fold transaction: ~0.3 ms each, so the LRS's writers wait
    // a fraction of a second at most for the dashboard's write lock.
    static constexpr std::size_t kChunk = 500;
    // Without a wake, the thread still looks this often: another process on
    // the same data dir (`import-bundle`) may have stored statements.
    static constexpr std::chrono::seconds kRecheck{60};

    // Starts the thread, which catches up at once.
    explicit AnalyticsFeed(std::shared_ptr<DashboardStore> dashboard);
    ~AnalyticsFeed();
    AnalyticsFeed(const AnalyticsFeed&) = delete;
    AnalyticsFeed& operator=(const AnalyticsFeed&) = delete;

    // Statements were committed: fold them soon.
    void notify();

    // Where the roster and catalogue come from, for a dashboard that joins
    // copies of them (DashboardStore::mirrorsPelita(): statements in
    // PostgreSQL). The copies are refreshed at once, every kRecheck, and soon
    // after pelitaChanged(). Does nothing for a dashboard in DATA/server.db.
    using PelitaSource = std::function<Expected<PelitaCopy, std::string>()>;
    void followPelita(PelitaSource source);
    // The roster was replaced or a package published: refresh the copies soon.
    void pelitaChanged();
    // Returns once everything committed before the call is folded, or the
    // fold has failed (false; it will be retried).
    bool drain();

private:
    void run();
    bool stopRequested();
    // One round of work with mutex_ released: the copies when due, then
    // the statements stored since the last round.
    Expected<std::int64_t, std::string> catchUpOnce(bool copyPelita);

    std::shared_ptr<DashboardStore> dashboard_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    bool wanted_ = true;   // a catch-up is due (the first one: at start)
    bool copyDue_ = false;
    PelitaSource pelita_;
    bool busy_ = false;
    bool failed_ = false;  // the last catch-up failed; a retry is planned
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
