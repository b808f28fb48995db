#include "package/write_behind.h"

#include <algorithm>
#include <cstring>

namespace pelita::content::detail {

namespace {
// Large enough that a direct write keeps the disk busy, small enough that the
// queue below holds only a few megabytes per writer.
constexpr std::size_t kBlockSize = 1u << 20;
constexpr std::size_t kQueuedSteps = 4;
} // namespace

WriteBehind::Block::Block()
    : bytes(static_cast<char*>(::operator new(kBlockSize, std::align_val_t{DurableFile::kDirectAlign}))) {}

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

bool WriteBehind::pushFilling(std::string& error) {
    if (!filling_ || filling_->size == 0) return true;
    return push(Step{{}, std::move(filling_), false}, error);
}

bool WriteBehind::create(const std::filesystem::path& file, std::string& error) {
    return pushFilling(error) && push(Step{file, nullptr, false}, error);
}

bool WriteBehind::write(const char* data, std::size_t size, std::string& error) {
    while (size > 0) {
        if (!filling_) {
            std::lock_guard lock(mutex_);
            if (!spare_.empty()) {
                filling_ = std::move(spare_.back());
                spare_.pop_back();
            }
        }
        if (!filling_) filling_ = std::make_unique<Block>();
        const std::size_t n = std::min(size, kBlockSize - filling_->size);
        std::memcpy(filling_->bytes.get() + filling_->size, data, n);
        filling_->size += n;
        data += n;
        size -= n;
        if (filling_->size == kBlockSize && !pushFilling(error)) return false;
    }
    return true;
}

bool WriteBehind::finish(std::string& error) {
    if (!pushFilling(error) || !push(Step{{}, nullptr, true}, error)) return false;
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
        if (ok && step.block) ok = file && file->write(step.block->bytes.get(), step.block->size, error);
        {
            // Pop only once done, so that finish() sees an empty queue only when all is on disk.
            std::lock_guard lock(mutex_);
            queue_.pop_front();
            if (step.block && spare_.size() < kQueuedSteps) {
                step.block->size = 0;
                spare_.push_back(std::move(step.block));
            }
            if (!ok && failure_.empty()) failure_ = error;
            if (!ok) queue_.clear();
        }
        changed_.notify_all();
    }
}

} // namespace pelita::content::detail
