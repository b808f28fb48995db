#pragma once
// The dashboard's own tables in server.db (all named analytics_*), created or
// upgraded beside the LRS tables without touching them. Their version is kept
// in analytics_schema, not in PRAGMA user_version, which belongs to the LRS.
// Thread notes: call on the connection's owning thread.
#include <string>

#include "sqlite_db.h"

namespace pelita::server::analytics {

inline constexpr int kAnalyticsSchemaVersion = 4;

// Creates or upgrades the analytics_* tables; throws SqliteError. On a
// database with the roster (server.db), also the triggers that keep the group
// sums (group_sums.h); a dashboard cache gets them from migratePelitaCopy().
void migrateAnalytics(Db& db);

// For a dashboard cache beside another database (DashboardStore::openBeside):
// the copies of the roster and catalogue (pelita_roster, pelita_packages: the
// columns the figures join) and the name of
// the database the aggregates came from. When `origin` differs from the one
// recorded, everything is emptied, so the next catch-up folds from the start.
void migratePelitaCopy(Db& db, const std::string& origin);

// Empties every analytics_* table (for a rebuild), inside the caller's transaction.
void clearAnalytics(Db& db);

} // namespace pelita::server::analytics
