#pragma once
// The X-Pelita-Queue header a kiosk sends with its requests, so the dashboard
// can show each kiosk's queue health (docs/protocol.md "Queue health"):
//   X-Pelita-Queue: waiting=12; quarantined=1; oldest-age=5400
// waiting: results not yet confirmed by the server; quarantined: results the
// server refused, waiting for the trainer; oldest-age: seconds the oldest
// waiting result has waited, by the kiosk's own clock (absent when nothing
// waits). An age rather than a time, so a kiosk whose clock is wrong after a
// power cut still reports correctly.
// Thread notes: pure functions.
#include <cstdint>
#include <optional>
#include <string>

#include "pelita_store.h"

namespace pelita::server {

inline constexpr const char* kQueueHeader = "X-Pelita-Queue";

// The report as the server keeps it, timed by the server's clock `nowMillis`.
// Nothing when the header is not in the form above: a malformed report is
// ignored (the request itself goes on).
std::optional<KioskQueue> readQueueReport(const std::string& header, std::int64_t nowMillis);

// What of a report changes the dashboard at once (empty or not, and the
// quarantine count): a contact whose news differ is written without waiting
// for the contact clock.
std::string queueNews(const std::optional<KioskQueue>& queue);

} // namespace pelita::server
