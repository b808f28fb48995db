#pragma once
// SyncStatus: what the sync engine is doing, as a plain value the UI draws.
// Everything here is a code or a number: the UI words them in the kiosk's language
// (assets/i18n, keys status.sync_* and sync.*). `lastError` carries the English
// detail for logs and the CLI only.
#include <pelita/sync/catalogue_status.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace pelita::sync {

// How a sync pass ended.
enum class SyncOutcome {
    Done,              // the outbox is empty; refused records went to quarantine
    NotConfigured,     // no server set: nothing sent, nothing failed, the outbox keeps growing
    NoConnection,      // the server was not reached (or the link broke mid-batch)
    CredentialRefused, // 401/403: the kiosk's key is wrong or revoked
    ServerBusy,        // 429/503: the server asked us to come back later (Retry-After)
    ServerError,       // 5xx, a wrong address (404) or another unexpected answer
    LocalError,        // the records store could not be read or written
};

enum class SyncActivity {
    Offline,        // the last pass could not reach the server
    Connecting,     // a pass or a connectivity probe is starting
    Idle,           // nothing to do now (the last pass may still have failed: see lastOutcome)
    Busy,           // sending batches
    NotConfigured,  // no server set
};

// What the engine is doing or waiting for, for "what is it doing" on the trainer screen.
enum class SyncTask {
    None,                // idle between periodic passes
    Sending,             // a pass is running
    CheckingConnection,  // offline: a cheap probe of the server
    WaitingToRetry,      // after a failure: backoff, or the server's Retry-After
    Downloading,         // after a pass: the roster, the catalogue, course downloads
};

struct SyncStatus {
    SyncActivity activity = SyncActivity::NotConfigured;
    SyncTask task = SyncTask::None;
    SyncOutcome lastOutcome = SyncOutcome::NotConfigured; // of the last finished pass
    std::size_t queueLength = 0;        // statements waiting in the outbox
    std::size_t quarantined = 0;        // statements the server refused, kept for the trainer
    std::size_t sentThisRun = 0;        // statements the server confirmed in the current/last pass
    std::size_t bytesThisRun = 0;       // request bytes on the wire (gzip) in the current/last pass
    std::int64_t lastSuccessMs = 0;     // Unix ms of the last pass that emptied the outbox; 0 = never
    std::int64_t nextAttemptMs = 0;     // Unix ms of the next retry when waiting; 0 = none planned
    std::string lastError;              // English detail; empty when the last pass succeeded
    CatalogueStatus catalogue;          // courses offered and their downloads, the roster (pull_pass.h)
    // Resume state (resume_state_exchange.h): merges since start that took another
    // kiosk's progress into records.db (the UI reloads the learner's places when it
    // grows), and the English reason the last exchange left a course unmerged.
    std::size_t resumeMerges = 0;
    std::string resumeProblem;
};

} // namespace pelita::sync
