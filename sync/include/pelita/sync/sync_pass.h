#pragma once
// SyncPass: one attempt to empty the outbox into the server's xAPI statements
// resource, batch by batch. Usable from a CLI and from the SyncEngine.
//
// A pass never retries: on the first connection failure or server error it stops
// and says why; the engine decides when to try again. Statements leave the outbox
// only after the server answered 200 for them.
//
// Threads: runs on the caller's thread, with the caller's store and transport.
#include <pelita/sync/records_store.h>
#include <pelita/sync/transport.h>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace pelita::sync {

enum class SyncOutcome {
    Done,              // the outbox is empty (or was drained as far as it goes)
    NotConfigured,     // no server set: nothing sent, nothing failed, the outbox keeps growing
    NoConnection,      // the server was not reached
    CredentialRefused, // 401/403: the kiosk's key is wrong or revoked
    ServerError,       // 5xx or another unexpected status
    Rejected,          // 4xx: some statements are invalid; listed in `rejected`
    LocalError,        // the records store could not be read or written
};

struct RejectedStatement {
    std::string statementId;
    std::string reason;    // the server's answer
};

struct SyncReport {
    SyncOutcome outcome = SyncOutcome::Done;
    std::size_t sent = 0;          // confirmed by the server in this pass
    std::size_t remaining = 0;     // still in the outbox afterwards
    std::string error;             // plain words; empty when outcome is Done or NotConfigured
    bool reachedServer = false;    // some HTTP answer came back
    std::vector<RejectedStatement> rejected;
};

struct SyncProgress {
    std::size_t sent = 0;          // so far in this pass
    std::size_t remaining = 0;
};

// Reads the KioskSettings from `store` and drains the outbox. `onBatch`, if set, is
// called after each confirmed batch. Never throws: store failures come back as
// LocalError with `error` set.
SyncReport runSyncPass(RecordsStore& store, Transport& transport,
                       const std::function<void(const SyncProgress&)>& onBatch = {});

// Plain words for an outcome, e.g. for the trainer's sync screen.
std::string describe(SyncOutcome outcome);

} // namespace pelita::sync
