#pragma once
// MainThreadQueue: the one way background work hands results back to the UI.
// A worker posts a closure; the frame loop runs it on the UI thread before the
// next frame is drawn, so closures may touch app state and ImGui freely.
//
// Threads: post() from any thread. drain() and setWakeup() on the UI thread only.
// The queue must outlive every thread that posts to it: stop workers first.
#include <cstddef>
#include <functional>
#include <mutex>
#include <vector>

namespace pelita::kiosk::platform {

class MainThreadQueue {
public:
    using Task = std::function<void()>;

    // Called (from the posting thread) after each post so a sleeping frame loop
    // wakes up; the window sets it to glfwPostEmptyEvent. Null = no wakeup.
    void setWakeup(std::function<void()> wakeup);

    void post(Task task);

    // Runs every closure posted so far, in posting order, and returns how many ran.
    // Closures posted while draining run on the next drain, so a closure that
    // re-posts itself cannot starve the frame.
    std::size_t drain();

    std::size_t pending() const;

private:
    mutable std::mutex mutex_;
    std::vector<Task> tasks_;
    std::function<void()> wakeup_;
};

} // namespace pelita::kiosk::platform
