#pragma once
// ISO 8601 timestamps as xAPI uses them. Thread-safe.
#include <string>
#include <string_view>

namespace pelita::server {

// True for a combined date and time, YYYY-MM-DDThh:mm[:ss[.fff...]], with an
// optional zone (Z, +hh:mm, +hhmm, +hh). "-00:00" is refused, as xAPI requires.
bool isIso8601Timestamp(std::string_view text);

// Now in UTC with millisecond precision, e.g. "2024-05-01T08:30:00.123Z".
std::string nowUtcIso8601();

} // namespace pelita::server
