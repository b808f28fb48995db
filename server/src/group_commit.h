#pragma once
// GroupCommit: many writers, one transaction, one fsync. With synchronous=FULL
// every SQLite commit waits for the disk (about 14 a second on the test
// machine, docs/admin-guide.md "Performance"), so kiosks posting at once
// would queue for a commit each. Instead, writers that arrive while a group is
// being written wait together; when it ends, the first of them becomes the
// leader and hands all their requests to the store's `WriteGroup`, which
// writes them in one transaction (each in its own savepoint, so that one
// writer's refusal undoes only its part) and returns one outcome per request.
// A writer is answered only after the commit that holds its work, so an
// answer still means "on disk".
// No thread of its own: the leader is one of the callers.
// Thread notes: write() from any thread; WriteGroup runs on the leader's
// thread, one group at a time.
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace pelita::server {

template <class Request, class Outcome>
class GroupCommit {
public:
    // Writes every request of a group; returns their outcomes in order. Must
    // not throw: storage faults are outcomes too.
    using WriteGroup = std::function<std::vector<Outcome>(const std::vector<const Request*>& group)>;

    explicit GroupCommit(WriteGroup writeGroup) : writeGroup_(std::move(writeGroup)) {}

    // Blocks until the group holding `request` is committed (or refused).
    Outcome write(const Request& request) {
        Pending me{&request, std::nullopt};
        std::unique_lock lock(mutex_);
        queue_.push_back(&me);
        while (!me.outcome) {
            if (leading_) {
                done_.wait(lock);
                continue;
            }
            leading_ = true;
            std::vector<Pending*> group;
            group.swap(queue_);
            lock.unlock();
            std::vector<const Request*> requests;
            for (const auto* pending : group) requests.push_back(pending->request);
            auto outcomes = writeGroup_(requests);
            lock.lock();
            for (std::size_t i = 0; i < group.size(); ++i) group[i]->outcome = std::move(outcomes.at(i));
            leading_ = false;
            done_.notify_all();
        }
        return std::move(*me.outcome);
    }

    // Writers waiting for the next group (for tests and diagnostics).
    std::size_t waiting() {
        std::lock_guard lock(mutex_);
        return queue_.size();
    }

private:
    struct Pending {
        const Request* request;
        std::optional<Outcome> outcome;
    };

    WriteGroup writeGroup_;
    std::mutex mutex_;
    std::condition_variable done_;
    std::vector<Pending*> queue_;
    bool leading_ = false;
};

} // namespace pelita::server
