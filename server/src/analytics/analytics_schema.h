#pragma once
// The dashboard's own tables in server.db (all named analytics_*), created or
// upgraded beside the LRS tables without touching them. Their version is kept
// in analytics_schema, not in PRAGMA user_version, which belongs to the LRS.
// Thread notes: call on the connection's owning thread.
#include "sqlite_db.h"

namespace pelita::server::analytics {

inline constexpr int kAnalyticsSchemaVersion = 2;

// Creates or upgrades the analytics_* tables; throws SqliteError.
void migrateAnalytics(Db& db);

// Empties every analytics_* table (for a rebuild), inside the caller's transaction.
void clearAnalytics(Db& db);

} // namespace pelita::server::analytics
