#include <pelita/sync/sync_schedule.h>

#include <algorithm>
#include <cstdint>

namespace pelita::sync {

using std::chrono::milliseconds;

milliseconds backoffDelay(int failures, double unit, const SyncSchedule& schedule) {
    milliseconds delay = schedule.backoffInitial;
    for (int i = 1; i < failures && delay < schedule.backoffCap; ++i) delay *= 2;
    delay = std::min(delay, schedule.backoffCap);
    const double scale = 1.0 - schedule.jitter * std::clamp(unit, 0.0, 1.0);
    return std::max(milliseconds(1), milliseconds(static_cast<std::int64_t>(static_cast<double>(delay.count()) * scale)));
}

milliseconds retryAfterDelay(int retryAfterSeconds, const SyncSchedule& schedule) {
    const milliseconds asked = std::chrono::seconds(std::max(retryAfterSeconds, 1));
    return std::min(asked, schedule.retryAfterCap);
}

} // namespace pelita::sync
