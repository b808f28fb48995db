#pragma once
// ISO 8601 timestamps as xAPI uses them, and the HTTP date form. Thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pelita::server {

// True for a combined date and time, YYYY-MM-DDThh:mm[:ss[.fff...]], with an
// optional zone (Z, +hh:mm, +hhmm, +hh). "-00:00" is refused, as xAPI requires.
// A time without a zone is taken as UTC.
bool isIso8601Timestamp(std::string_view text);

// Milliseconds since 1970-01-01T00:00:00Z (digits past the millisecond are
// dropped), or nothing when isIso8601Timestamp would say false.
std::optional<std::int64_t> parseIso8601Millis(std::string_view text);

// "2024-05-01T08:30:00.123Z": the form the LRS stores, which sorts as text.
std::string utcIso8601(std::int64_t epochMillis);
// Any accepted timestamp rewritten in that form (so "since" compares with "stored").
std::optional<std::string> toUtcIso8601(std::string_view text);

// "Wed, 01 May 2024 08:30:00 GMT", for Last-Modified.
std::string httpDate(std::int64_t epochMillis);

std::int64_t nowEpochMillis();
// Now in UTC with millisecond precision, e.g. "2024-05-01T08:30:00.123Z".
std::string nowUtcIso8601();

} // namespace pelita::server
