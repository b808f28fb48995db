#pragma once
// QuizTicker: while a quiz is on screen, wakes the UI every period and runs the
// quiz clock's tick there (through the MainThreadQueue), so the countdown moves,
// progress is saved and time up submits even when nobody touches the kiosk. With
// no quiz it sleeps without waking anyone, keeping an idle kiosk idle.
//
// Threads: construct, setPeriod() and destroy on the UI thread; `tick` runs there.
// Destroy it before whatever `tick` refers to; the queue must outlive it.
#include "platform/main_thread_queue.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace pelita::kiosk {

class QuizTicker {
public:
    QuizTicker(platform::MainThreadQueue& queue, std::function<void()> tick);
    ~QuizTicker();
    QuizTicker(const QuizTicker&) = delete;
    QuizTicker& operator=(const QuizTicker&) = delete;

    // 0 stops the ticks; otherwise one every periodMs. Cheap enough for every frame.
    void setPeriod(int periodMs);

private:
    void run();

    platform::MainThreadQueue& queue_;
    std::function<void()> tick_;
    std::mutex mutex_;
    std::condition_variable changed_;
    int periodMs_ = 0;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace pelita::kiosk
