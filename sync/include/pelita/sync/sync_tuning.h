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

} // namespace pelita::sync::tuning
