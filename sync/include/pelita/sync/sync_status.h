#pragma once
// SyncStatus: what the sync engine is doing, as a plain value the UI draws.
#include <cstddef>
#include <cstdint>
#include <string>

namespace pelita::sync {

enum class SyncActivity { Offline, Connecting, Idle, Busy, NotConfigured };

struct SyncStatus {
    SyncActivity activity = SyncActivity::NotConfigured;
    std::size_t queueLength = 0;        // statements waiting in the outbox
    std::size_t sentThisRun = 0;        // statements the server confirmed in the last pass
    std::int64_t lastSuccessMs = 0;     // Unix ms of the last pass the server accepted
                                        // (all sent, or all but rejected records); 0 = never
    std::string lastError;              // plain words; empty when the last pass succeeded
};

} // namespace pelita::sync
