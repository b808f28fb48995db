#pragma once
// For controller tests without a window: runs the main-thread queue (what
// the frame loop does) until `done` holds. Bounded, not timed: generous enough
// for a slow disk, and it fails rather than hangs.
#include "platform/main_thread_queue.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

namespace pelita::test {

template <class Done> void pumpQueueUntil(kiosk::platform::MainThreadQueue& queue, Done done) {
    for (int i = 0; i < 2000 && !done(); ++i) {
        queue.drain();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    queue.drain();
    REQUIRE(done());
}

} // namespace pelita::test
