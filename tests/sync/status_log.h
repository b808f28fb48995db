#pragma once
// StatusLog: every SyncStatus an engine reported, in order, for tests to wait on
// and to read the order of events from. Thread-safe: the engine reports on its thread.
#include <pelita/sync/sync_status.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <vector>

namespace pelita::test {

class StatusLog {
public:
    void operator()(const sync::SyncStatus& s) {
        {
            std::lock_guard lock(mutex_);
            all_.push_back(s);
        }
        changed_.notify_all();
    }
    // Waits until some reported status satisfies `pred` and returns the latest such.
    // The limit only keeps a broken engine from hanging the suite; passing does not
    // depend on speed.
    template <class Pred> std::optional<sync::SyncStatus> waitFor(Pred pred, std::chrono::seconds limit = std::chrono::seconds(30)) {
        std::unique_lock lock(mutex_);
        std::optional<sync::SyncStatus> found;
        changed_.wait_for(lock, limit, [&] {
            for (const auto& s : all_)
                if (pred(s)) found = s;
            return found.has_value();
        });
        return found;
    }
    // The position of the first status satisfying `pred`, waiting for one to come.
    template <class Pred> std::optional<std::size_t> waitForIndex(Pred pred, std::chrono::seconds limit = std::chrono::seconds(30)) {
        std::unique_lock lock(mutex_);
        std::optional<std::size_t> found;
        changed_.wait_for(lock, limit, [&] {
            for (std::size_t i = 0; i < all_.size() && !found; ++i)
                if (pred(all_[i])) found = i;
            return found.has_value();
        });
        return found;
    }

    // As waitFor, among the statuses reported from position `from` on.
    template <class Pred>
    std::optional<sync::SyncStatus> waitForFrom(std::size_t from, Pred pred,
                                                std::chrono::seconds limit = std::chrono::seconds(30)) {
        std::unique_lock lock(mutex_);
        std::optional<sync::SyncStatus> found;
        changed_.wait_for(lock, limit, [&] {
            for (std::size_t i = from; i < all_.size(); ++i)
                if (pred(all_[i])) found = all_[i];
            return found.has_value();
        });
        return found;
    }

    std::size_t count() {
        std::lock_guard lock(mutex_);
        return all_.size();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<sync::SyncStatus> all_;
};

} // namespace pelita::test
