#include "platform/main_thread_queue.h"

#include <utility>

namespace pelita::kiosk::platform {

void MainThreadQueue::setWakeup(std::function<void()> wakeup) {
    std::lock_guard lock(mutex_);
    wakeup_ = std::move(wakeup);
}

void MainThreadQueue::post(Task task) {
    std::lock_guard lock(mutex_);
    tasks_.push_back(std::move(task));
    // Wake while still holding the lock: the window clears the wakeup under the
    // same lock before it tears GLFW down, so we never wake a dead event loop.
    if (wakeup_) wakeup_();
}

std::size_t MainThreadQueue::drain() {
    std::vector<Task> batch;
    {
        // Swap out under the lock and run outside it, so a closure may post
        // without deadlocking and workers never wait on UI code.
        std::lock_guard lock(mutex_);
        batch.swap(tasks_);
    }
    for (auto& task : batch)
        task();
    return batch.size();
}

std::size_t MainThreadQueue::pending() const {
    std::lock_guard lock(mutex_);
    return tasks_.size();
}

} // namespace pelita::kiosk::platform
