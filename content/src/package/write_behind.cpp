#include "package/write_behind.h"

#include <memory>

namespace pelita::content::detail {

namespace {
// Enough to ride out a slow write without holding much memory: 8 chunks of 256 KiB.
constexpr std::size_t kQueuedSteps = 8;
} // namespace

WriteBehind::WriteBehind() : thread_([this] { run(); }) {}

WriteBehind::~WriteBehind() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

bool WriteBehind::push(Step step, std::string& error) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < kQueuedSteps || !failure_.empty(); });
    if (!failure_.empty()) {
        error = failure_;
        return false;
    }
    queue_.push_back(std::move(step));
    changed_.notify_all();
    return true;
}

bool WriteBehind::create(const std::filesystem::path& file, std::string& error) {
    return push(Step{file, {}, false}, error);
}

bool WriteBehind::write(const char* data, std::size_t size, std::string& error) {
    std::vector<char> bytes;
    {
        std::lock_guard lock(mutex_);
        if (!spare_.empty()) {
            bytes = std::move(spare_.back());
            spare_.pop_back();
        }
    }
    bytes.assign(data, data + size);
    return push(Step{{}, std::move(bytes), false}, error);
}

bool WriteBehind::finish(std::string& error) {
    if (!push(Step{{}, {}, true}, error)) return false;
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.empty() || !failure_.empty(); });
    error = failure_;
    return failure_.empty();
}

void WriteBehind::run() {
    std::unique_ptr<DurableFile> file;
    for (;;) {
        Step step;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return !queue_.empty() || stopping_; });
            if (queue_.empty()) return;
            step = std::move(queue_.front());
        }
        std::string error;
        bool ok = true;
        if ((!step.create.empty() || step.close) && file) {
            ok = file->close(error);
            file.reset();
        }
        if (ok && !step.create.empty()) {
            file = std::make_unique<DurableFile>();
            ok = file->create(step.create, error);
            if (!ok) error = step.create.filename().string() + ": " + error;
        }
        if (ok && !step.bytes.empty()) ok = file && file->write(step.bytes.data(), step.bytes.size(), error);
        {
            // Pop only once done, so that finish() sees an empty queue only when all is on disk.
            std::lock_guard lock(mutex_);
            queue_.pop_front();
            if (step.bytes.capacity() != 0 && spare_.size() < kQueuedSteps) spare_.push_back(std::move(step.bytes));
            if (!ok && failure_.empty()) failure_ = error;
            if (!ok) queue_.clear();
        }
        changed_.notify_all();
    }
}

} // namespace pelita::content::detail
