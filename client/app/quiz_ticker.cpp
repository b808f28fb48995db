#include "app/quiz_ticker.h"

#include <chrono>

namespace pelita::kiosk {

QuizTicker::QuizTicker(platform::MainThreadQueue& queue, std::function<void()> tick)
    : queue_(queue), tick_(std::move(tick)) {}

QuizTicker::~QuizTicker() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void QuizTicker::setPeriod(int periodMs) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (periodMs == periodMs_) return;
        periodMs_ = periodMs;
    }
    // The thread starts with the first quiz, so a kiosk never quizzed has none.
    if (!thread_.joinable() && periodMs > 0) thread_ = std::thread([this] { run(); });
    changed_.notify_all();
}

void QuizTicker::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stopping_) {
        if (periodMs_ <= 0) {
            changed_.wait(lock);
            continue;
        }
        const int period = periodMs_;
        // A changed period restarts the wait, so a new quiz gets a full first period.
        if (changed_.wait_for(lock, std::chrono::milliseconds(period),
                              [&] { return stopping_ || periodMs_ != period; }))
            continue;
        queue_.post(tick_);
    }
}

} // namespace pelita::kiosk
