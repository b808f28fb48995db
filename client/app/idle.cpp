#include "app/idle.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace pelita::kiosk {

using std::chrono::milliseconds;

namespace {
// Long enough to read the warning and reach the screen; short enough not to nag.
constexpr milliseconds kWarning{30'000};
constexpr milliseconds kSecond{1000};
} // namespace

IdleWatch::IdleWatch(milliseconds timeout, SteadyTime now) : timeout_(timeout), lastInput_(now) {}

void IdleWatch::setTimeout(milliseconds timeout) { timeout_ = timeout; }

milliseconds IdleWatch::warningLength() const { return std::min(kWarning, timeout_ / 2); }

void IdleWatch::touched(SteadyTime now) { lastInput_ = now; }

IdleWatch::Status IdleWatch::status(SteadyTime now) const {
    const SteadyTime end = lastInput_ + timeout_;
    const SteadyTime warnFrom = end - warningLength();
    if (now >= end) return {Phase::Expired, 0, now};
    const auto left = std::chrono::duration_cast<milliseconds>(end - now);
    const int seconds = static_cast<int>((left.count() + 999) / 1000);
    if (now < warnFrom) return {Phase::Active, seconds, warnFrom};
    // The shown number changes on each whole second left.
    return {Phase::Warning, seconds, end - milliseconds((seconds - 1) * 1000)};
}

WakeTimer::~WakeTimer() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void WakeTimer::wakeAt(SteadyTime when) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (when == when_) return;
        when_ = when;
    }
    if (!thread_.joinable() && when != SteadyTime::max()) thread_ = std::thread([this] { run(); });
    changed_.notify_all();
}

void WakeTimer::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stopping_) {
        const SteadyTime when = when_;
        if (when == SteadyTime::max()) {
            changed_.wait(lock);
            continue;
        }
        if (changed_.wait_until(lock, when, [&] { return stopping_ || when_ != when; })) continue;
        when_ = SteadyTime::max();
        queue_.post([] {}); // the post itself wakes the loop, which then draws
    }
}

SteadyTime IdleLogout::frame(AppState& state, const Dispatch& dispatch, bool input, SteadyTime now,
                             std::int64_t wallMs) {
    state.clockMs = wallMs;
    watch_.setTimeout(idleTimeout(state.settings.idleMinutes));
    SteadyTime next = SteadyTime::max();
    // A PIN lockout counts down on screen, one second at a time.
    if (state.screen == Screen::Login && state.login.result &&
        state.login.result->outcome == sync::PinCheck::Outcome::Locked && state.login.result->lockedUntilMs > wallMs)
    {
        // The shown time is rounded up, so it changes when the remainder crosses a whole second.
        const std::int64_t toNextSecond = (state.login.result->lockedUntilMs - wallMs) % 1000;
        next = now + milliseconds(toNextSecond == 0 ? 1000 : toNextSecond);
    }

    // Nobody's session is open on the start screen: nothing to time out.
    const bool session = state.screen != Screen::Loading && state.screen != Screen::Learners;
    if (!session || input) {
        watch_.touched(now);
        state.idleSecondsLeft = -1;
        state.idleSigningOut = false;
        if (!session) return next;
    }
    const IdleWatch::Status status = watch_.status(now);
    switch (status.phase) {
    case IdleWatch::Phase::Active: state.idleSecondsLeft = -1; break;
    case IdleWatch::Phase::Warning: state.idleSecondsLeft = status.secondsLeft; break;
    case IdleWatch::Phase::Expired:
        state.idleSecondsLeft = 0;
        state.idleSigningOut = true;
        // An answer still on its way to disk belongs to this learner: sign out once it is saved.
        if (state.unsavedWrites == 0) {
            dispatch(intent::IdleSignOut{});
            watch_.touched(now);
        }
        return std::min(next, now + kSecond);
    }
    return std::min(next, status.nextChange);
}

bool inputThisFrame() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || io.MouseWheelH != 0) return true;
    if (ImGui::IsAnyMouseDown() || !io.InputQueueCharacters.empty()) return true;
    return std::any_of(std::begin(io.KeysDown), std::end(io.KeysDown), [](bool down) { return down; });
}

milliseconds idleTimeout(double minutes) {
    if (!(minutes > 0) || !std::isfinite(minutes)) minutes = 10;
    return milliseconds(static_cast<std::int64_t>(minutes * 60'000));
}

} // namespace pelita::kiosk
