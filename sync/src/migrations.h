#pragma once
// Schema migrations of records.db, tracked in PRAGMA user_version.
#include "sqlite.h"

namespace pelita::sync {

// Brings the database up to `targetVersion`, each step in its own transaction.
// Throws std::runtime_error when the file is newer than this program knows, so an
// old kiosk build never writes into a schema it does not understand.
void migrate(sqlite::Database& db, int targetVersion);

} // namespace pelita::sync
