#pragma once
// SyncPass: one attempt to empty the outbox into the server's xAPI statements
// resource, batch by batch. Usable from a CLI and from the SyncEngine.
//
// A pass never retries: on the first connection failure or server error it stops
// and says why; the engine decides when to try again. Statements leave the outbox
// only after the server answered 200 for them, or went to quarantine because the
// server refused them one by one (400 invalid, 409 id taken by another statement):
// a batch refused with 400/409 is split in halves until the refused ones are found,
// and the rest keep flowing.
//
// Threads: runs on the caller's thread, with the caller's store and transport.
#include <pelita/sync/records_store.h>
#include <pelita/sync/sync_status.h>
#include <pelita/sync/transport.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace pelita::sync {

struct RefusedStatement {
    std::string statementId;
    std::string reason;    // the server's words
    int httpStatus = 0;
};

struct SyncReport {
    SyncOutcome outcome = SyncOutcome::Done;
    std::size_t sent = 0;          // confirmed by the server in this pass
    std::size_t remaining = 0;     // still in the outbox afterwards
    std::size_t quarantinedTotal = 0;   // in quarantine afterwards (this pass and earlier ones)
    std::vector<RefusedStatement> quarantined;  // put in quarantine by this pass
    std::string error;             // English detail; empty when outcome is Done or NotConfigured
    bool reachedServer = false;    // some HTTP answer came back
    int retryAfterSeconds = -1;    // ServerBusy: the server's Retry-After, -1 = none given
    std::size_t requests = 0;      // POSTs made, including those of split batches
    std::size_t rawBytes = 0;      // JSON bytes of the request bodies
    std::size_t wireBytes = 0;     // the same bodies as sent (gzip)
};

struct SyncProgress {
    std::size_t sent = 0;          // so far in this pass
    std::size_t remaining = 0;
    std::size_t quarantinedTotal = 0;
    std::size_t wireBytes = 0;     // so far in this pass
};

// The settings key under which a pass that emptied the outbox stores its time
// (Unix ms), so the last success survives restarts and the CLI reads it offline.
inline constexpr const char* kLastSuccessSetting = "sync.last_success_ms";
std::int64_t lastSuccessMs(const RecordsStore& store);

// Reads the KioskSettings from `store` and drains the outbox. `onBatch`, if set, is
// called after each confirmed batch and each quarantined statement. Never throws:
// store failures come back as LocalError with `error` set.
SyncReport runSyncPass(RecordsStore& store, Transport& transport,
                       const std::function<void(const SyncProgress&)>& onBatch = {});

// English words for an outcome, for the CLI and logs (the kiosk uses its translations).
std::string describe(SyncOutcome outcome);

} // namespace pelita::sync
