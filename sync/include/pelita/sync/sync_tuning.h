#pragma once
// Every tunable of the sync pass and engine, in one place (as LiteCore's
// ReplicatorTuning.hh). Each says why it has its value.
#include <chrono>
#include <cstddef>

namespace pelita::sync::tuning {

using namespace std::chrono_literals;

// Statements per POST. ~100 statements gzip to ~15 KB: one batch fits a few seconds
// of a 2G link, so a dropped link loses little work, yet 10 000 statements on a LAN
// need only 100 round trips.
inline constexpr std::size_t kBatchSize = 100;

// How long the engine sleeps between passes when nothing asks it to sync. Learners'
// results should reach the centre the same day; every 5 minutes costs nothing idle.
inline constexpr std::chrono::milliseconds kPeriodicInterval = 5min;

// Backoff after a failed pass: first wait, doubling each failure, up to the cap.
// The cap keeps a kiosk that was offline all week retrying at least every 15 minutes.
inline constexpr std::chrono::milliseconds kBackoffInitial = 10s;
inline constexpr std::chrono::milliseconds kBackoffCap = 15min;
// Each wait is scaled by a random factor in [1 - jitter, 1] so that a district's
// kiosks, cut off by the same outage, do not all reconnect in the same second.
inline constexpr double kBackoffJitter = 0.5;

// libcurl: a 2G link with a GPRS handshake can take ~20 s to connect; past 30 s the
// server is as good as unreachable.
inline constexpr long kConnectTimeoutSeconds = 30;
// Abort a transfer that stays below 100 bytes/s for 60 s: a stalled link, not a slow one.
// (2G EDGE delivers ~20 KB/s even at its worst usable.)
inline constexpr long kLowSpeedLimitBytesPerSecond = 100;
inline constexpr long kLowSpeedTimeSeconds = 60;

// Connectivity probe. While the last pass found no connection, the engine asks the
// server's open GET /xapi/about (a ~30-byte answer, no credential) at most once per
// kProbeInterval, with short timeouts; when it answers, a pass starts at once instead
// of waiting out the backoff. One probe a minute costs ~1 KB of 2G data with headers,
// ~60 KB an hour, and notices a link that works "for a minute at a time".
inline constexpr std::chrono::milliseconds kProbeInterval = 60s;
// A probe is only a question: fail it quickly rather than hold the link.
inline constexpr long kProbeConnectTimeoutSeconds = 20;
inline constexpr long kProbeTotalTimeoutSeconds = 30;

// A server that answers 429/503 with Retry-After gets its wish, but no more than this:
// a misconfigured proxy saying "Retry-After: 86400" must not silence a kiosk for a day.
inline constexpr std::chrono::milliseconds kRetryAfterCap = kBackoffCap;

// Default cap on the kiosk's own traffic, each direction (KioskSettings
// maxBytesPerSecond, setting sync.max_bytes_per_second; 0 = no cap). 256 KB/s is
// half of a 4 Mbit/s office line, so learners' records (a few KB per batch) never
// crowd out the office's other work, while 10 000 statements (~1.5 MB gzip) still
// go in seconds. On 2G the link itself is far below the cap. Course downloads are
// what the cap is really for (libcurl's CURLOPT_MAX_RECV_SPEED_LARGE): a 100 MB
// package takes about 7 minutes at it, and the office keeps the other half meanwhile.
inline constexpr std::size_t kDefaultMaxBytesPerSecond = 256 * 1024;

// A pass that quarantines this many statements in a row, with the server accepting
// none in between, stops: that is a server (or a proxy in front of it) refusing
// everything, not bad records, and quarantining the whole outbox would be wrong.
inline constexpr std::size_t kQuarantineStreakLimit = 20;

// How often the engine reads the roster and the catalogue after a pass that emptied
// the outbox. Both change a few times a month; hourly notices a course published in
// the morning before noon, for a few KB each time. "Sinkronkan sekarang", a trainer's
// "Unduh" and an unfinished download pull at once.
inline constexpr std::chrono::milliseconds kPullInterval = 1h;

// While a package downloads, the engine looks at the outbox this often (a COUNT on
// an indexed table) and pauses the download when results wait: an answer given
// mid-download waits about a second, not the half hour a 500 MB package takes at
// the cap. The download resumes from its partial file once the results are sent.
inline constexpr std::chrono::milliseconds kOutboxLookInterval = 1s;

} // namespace pelita::sync::tuning
