#pragma once
// SyncSchedule: when the engine tries again. The defaults are the tuning's
// (sync_tuning.h says why each has its value); tests pass shorter ones.
#include <pelita/sync/sync_tuning.h>

#include <chrono>

namespace pelita::sync {

struct SyncSchedule {
    std::chrono::milliseconds periodic = tuning::kPeriodicInterval;
    std::chrono::milliseconds backoffInitial = tuning::kBackoffInitial;
    std::chrono::milliseconds backoffCap = tuning::kBackoffCap;
    double jitter = tuning::kBackoffJitter;
    std::chrono::milliseconds probeInterval = tuning::kProbeInterval;
    std::chrono::milliseconds retryAfterCap = tuning::kRetryAfterCap;
};

// The wait after the `failures`-th failed pass in a row (failures >= 1):
// backoffInitial * 2^(failures-1), capped at backoffCap, scaled by 1 - jitter * unit.
// `unit` is a random draw in [0, 1); the result is never zero.
std::chrono::milliseconds backoffDelay(int failures, double unit, const SyncSchedule& schedule);

// The wait the server asked for with Retry-After (seconds), at least 1 s (a "0" must
// not make a busy loop) and at most retryAfterCap.
std::chrono::milliseconds retryAfterDelay(int retryAfterSeconds, const SyncSchedule& schedule);

} // namespace pelita::sync
