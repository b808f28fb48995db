#pragma once
// Wall-clock time as the records and statements store it. Any thread.
#include <cstdint>
#include <string>

namespace pelita::sync {

// Milliseconds since the Unix epoch, UTC.
std::int64_t nowMs();

// ISO 8601 UTC with milliseconds, as xAPI timestamps: "2026-11-27T21:20:11.123Z".
std::string isoTimestamp(std::int64_t unixMs);

// ISO 8601 duration in seconds to 0.01 s, as xAPI result.duration wants: "PT95.25S".
// Negative input (a clock set back) is reported as zero.
std::string isoDuration(std::int64_t ms);

// The UTC calendar year of `unixMs`, e.g. to bound plausible NIP dates.
int utcYear(std::int64_t unixMs);

// The calendar year of `unixMs` in the kiosk's local time zone (JP count by local year).
int localYear(std::int64_t unixMs);

// "27-11-2026 21:20" in the kiosk's local time zone, as learners read a clock.
std::string localDateTime(std::int64_t unixMs);

// "2026-11-27": the local calendar day, as due dates are written (mandatory_courses.h).
std::string localIsoDate(std::int64_t unixMs);

} // namespace pelita::sync
