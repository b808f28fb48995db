// Idle logout, without a window: the rule on an injected clock, and how it is
// applied to the app state (warning, sign-out, waiting for unsaved writes).
#include "app/idle.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace pelita::kiosk;
using namespace std::chrono_literals;
using Phase = IdleWatch::Phase;

namespace {

const SteadyTime kStart = SteadyTime{} + 1000h; // any fixed point works; no real clock is read

struct SignedIn {
    AppState state;
    std::vector<Intent> sent;
    Dispatch dispatch = [this](Intent i) { sent.push_back(std::move(i)); };
    IdleLogout idle{kStart};

    SignedIn() {
        state.screen = Screen::Home;
        state.learner = pelita::sync::Learner{"198501012010011001", "Dra. Siti Aminah, M.Si.", "", ""};
        state.settings.idleMinutes = 10;
    }
    SteadyTime frameAt(std::chrono::milliseconds after, bool input = false) {
        return idle.frame(state, dispatch, input, kStart + after, 0);
    }
    int signOuts() const {
        int n = 0;
        for (const auto& i : sent) n += std::holds_alternative<intent::IdleSignOut>(i);
        return n;
    }
};

} // namespace

TEST_CASE("the idle rule: quiet, then 30 s of warning, then sign-out", "[client][idle]") {
    IdleWatch watch(10min, kStart);
    auto s = watch.status(kStart + 9min);
    CHECK(s.phase == Phase::Active);
    CHECK(s.nextChange == kStart + 9min + 30s); // the warning's first moment
    s = watch.status(kStart + 9min + 30s);
    CHECK(s.phase == Phase::Warning);
    CHECK(s.secondsLeft == 30);
    s = watch.status(kStart + 9min + 45s + 500ms);
    CHECK(s.secondsLeft == 15); // 14.5 s left shows as 15: never "0" while time remains
    CHECK(s.nextChange == kStart + 9min + 46s);
    CHECK(watch.status(kStart + 10min - 1ms).phase == Phase::Warning);
    CHECK(watch.status(kStart + 10min).phase == Phase::Expired);
}

TEST_CASE("any input starts the idle time over, even during the warning", "[client][idle]") {
    IdleWatch watch(10min, kStart);
    REQUIRE(watch.status(kStart + 9min + 50s).phase == Phase::Warning);
    watch.touched(kStart + 9min + 50s);
    CHECK(watch.status(kStart + 10min + 30s).phase == Phase::Active);
    CHECK(watch.status(kStart + 19min + 50s).phase == Phase::Expired);
}

TEST_CASE("a very short idle time warns for its last half", "[client][idle]") {
    IdleWatch watch(idleTimeout(0.25), kStart); // 15 s, as the end-to-end test uses
    CHECK(watch.warningLength() == 7500ms);
    CHECK(watch.status(kStart + 7s).phase == Phase::Active);
    CHECK(watch.status(kStart + 8s).phase == Phase::Warning);
    CHECK(watch.status(kStart + 15s).phase == Phase::Expired);
}

TEST_CASE("a nonsense idle time falls back to 10 minutes", "[client][idle]") {
    CHECK(idleTimeout(0) == std::chrono::milliseconds(10min));
    CHECK(idleTimeout(-3) == std::chrono::milliseconds(10min));
    CHECK(idleTimeout(2) == std::chrono::milliseconds(2min));
}

TEST_CASE("idle logout warns, then signs the learner out once", "[client][idle]") {
    SignedIn app;
    app.frameAt(9min);
    CHECK(app.state.idleSecondsLeft == -1);
    app.frameAt(9min + 40s);
    CHECK(app.state.idleSecondsLeft == 20);
    CHECK(app.signOuts() == 0);
    app.frameAt(10min);
    CHECK(app.signOuts() == 1);
    // The controller has not applied it yet; a second frame must not send another.
    app.frameAt(10min + 16ms);
    CHECK(app.signOuts() == 1);
}

TEST_CASE("idle logout waits for unsaved writes, so nothing in flight is lost", "[client][idle]") {
    SignedIn app;
    app.state.unsavedWrites = 2;
    const SteadyTime next = app.frameAt(10min);
    CHECK(app.signOuts() == 0);
    CHECK(app.state.idleSigningOut);
    CHECK(next <= kStart + 10min + 1s); // looks again soon, even if nothing else wakes the kiosk
    app.state.unsavedWrites = 0;        // the worker's transaction committed
    app.frameAt(10min + 300ms);
    CHECK(app.signOuts() == 1);
}

TEST_CASE("input keeps a session open; the start screen is never timed", "[client][idle]") {
    SignedIn app;
    for (auto t = 0min; t < 30min; t += 5min) app.frameAt(t, true);
    CHECK(app.signOuts() == 0);
    app.state.screen = Screen::Learners;
    app.state.learner.reset();
    CHECK(app.frameAt(2h) == SteadyTime::max()); // nothing to wake up for
    CHECK(app.signOuts() == 0);
    CHECK(app.state.idleSecondsLeft == -1);
}

TEST_CASE("the idle time comes from the kiosk settings", "[client][idle]") {
    SignedIn app;
    app.state.settings.idleMinutes = 1;
    app.frameAt(59s);
    CHECK(app.signOuts() == 0);
    CHECK(app.state.idleSecondsLeft == 1);
    app.frameAt(60s);
    CHECK(app.signOuts() == 1);
}

TEST_CASE("a PIN lockout on screen asks for a frame each second", "[client][idle]") {
    SignedIn app;
    app.state.screen = Screen::Login;
    app.state.learner.reset();
    app.state.login.result = pelita::sync::PinCheck{pelita::sync::PinCheck::Outcome::Locked, 0, 60'000};
    // Wall clock at 1.25 s: the shown "0:59" turns to "0:58" at 2 s, 750 ms from now.
    const SteadyTime next = app.idle.frame(app.state, app.dispatch, false, kStart, 1250);
    CHECK(next == kStart + 750ms);
    CHECK(app.state.clockMs == 1250);
}
