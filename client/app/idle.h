#pragma once
// Idle logout. A kiosk is shared by a whole office: a learner who walks away
// must not leave their session open for the next person. After the idle time
// (setting kiosk.idle_minutes, default 10) with no mouse, touch or key, the
// kiosk signs out; during the last 30 s (or the last half, for very short idle
// times) it shows a warning with a countdown that any input cancels. Work is
// never lost: the sign-out waits until every queued write has committed.
//
// Threads: UI thread only, except that WakeTimer's own thread posts to the queue.
#include "app/app_state.h"
#include "app/intents.h"
#include "platform/main_thread_queue.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pelita::kiosk {

using SteadyTime = std::chrono::steady_clock::time_point;

// The rule alone, on times passed in (so tests need no clock and no window).
class IdleWatch {
public:
    enum class Phase { Active, Warning, Expired };
    struct Status {
        Phase phase = Phase::Active;
        int secondsLeft = 0;      // until sign-out, rounded up; shown in the warning
        SteadyTime nextChange;    // when this status next changes if nothing happens
    };

    explicit IdleWatch(std::chrono::milliseconds timeout, SteadyTime now);
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds warningLength() const;
    void touched(SteadyTime now);                 // any input: the clock starts over
    Status status(SteadyTime now) const;

private:
    std::chrono::milliseconds timeout_;
    SteadyTime lastInput_;
};

// Wakes the sleeping frame loop at a given time by posting an empty closure
// (the loop otherwise sleeps up to 10 s between frames). One thread, started
// on first use; a later wakeAt() replaces the earlier one.
class WakeTimer {
public:
    explicit WakeTimer(platform::MainThreadQueue& queue) : queue_(queue) {}
    ~WakeTimer();
    WakeTimer(const WakeTimer&) = delete;
    WakeTimer& operator=(const WakeTimer&) = delete;
    void wakeAt(SteadyTime when);

private:
    void run();
    platform::MainThreadQueue& queue_;
    std::mutex mutex_;
    std::condition_variable changed_;
    SteadyTime when_ = SteadyTime::max();
    bool stopping_ = false;
    std::thread thread_;
};

// IdleWatch applied to the app, once per frame: it writes the warning into
// AppState, sends IdleSignOut when time is up and nothing is left unsaved, and
// says when the next frame is needed for a countdown (idle warning or PIN lockout).
class IdleLogout {
public:
    explicit IdleLogout(SteadyTime now) : watch_(std::chrono::minutes(10), now) {}

    // `input`: whether the learner did anything this frame. `wallMs`: the clock
    // shown in countdowns. Returns when the screen next needs drawing, or max().
    SteadyTime frame(AppState& state, const Dispatch& dispatch, bool input, SteadyTime now, std::int64_t wallMs);

private:
    IdleWatch watch_;
};

// Whether ImGui saw mouse, touch or keyboard input this frame.
bool inputThisFrame();

// kiosk.idle_minutes as a duration: positive minutes, fractions allowed (tests use 0.25).
std::chrono::milliseconds idleTimeout(double minutes);

} // namespace pelita::kiosk
