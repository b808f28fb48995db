#pragma once
// The kiosk's trainer PIN: one per kiosk, set with `pelita config --trainer-pin`,
// kept as an Argon2id hash in the records store's settings, and guarded by the
// same lockout rule as learners' PINs (pin.h).
//
// Threads: as the RecordsStore passed in. Setting and checking hash (slow on purpose):
// worker thread or CLI only.
#include <pelita/sync/pin.h>
#include <pelita/sync/records_store.h>

#include <optional>
#include <string>

namespace pelita::sync {

bool hasTrainerPin(const RecordsStore& store);
// Replaces the trainer PIN and ends any lockout. Returns the problem, or nothing once saved.
std::optional<StoreError> setTrainerPin(RecordsStore& store, const std::string& pin);
// As RecordsStore::checkPin; NoPin while none was set (trainer mode stays closed).
PinCheck checkTrainerPin(RecordsStore& store, const std::string& pin, std::int64_t now);

} // namespace pelita::sync
