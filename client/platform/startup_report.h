#pragma once
// For tests/bench/kiosk_bench.sh: with PELITA_STARTUP_REPORT set, the kiosk
// prints "pelita: WHAT at <unix ns>" on stdout at two moments of its start,
// "first frame" (the window shows something) and "ready" (the first screen a
// person can use, courses and learners loaded). The bench subtracts the time
// it started the process. Without the variable this does nothing.
// Thread notes: main thread.
namespace pelita::kiosk::platform {

void reportStartup(const char* what);

} // namespace pelita::kiosk::platform
