#pragma once
// Storage: everything pelita-server keeps, as one bundle of stores chosen once,
// at open time, from a database location:
//   - a data directory: SQLite, DIR/server.db (the default);
//   - "postgresql://..." or "postgres://..." (a libpq URI), or a libpq
//     key=value conninfo holding "dbname=": PostgreSQL.
// A new kind of record gets one more member here, with an implementation in
// each backend (sqlite_*.h, pg_*.h), made in storage.cpp.
// Thread notes: every store is safe to call from any thread at once.
#include <filesystem>
#include <memory>
#include <string>

#include <pelita/content/expected.h>

#include "credentials.h"
#include "document_store.h"
#include "statement_store.h"

namespace pelita::server {

class PgPool;

namespace analytics {
class DashboardStore;
class AnalyticsFeed;
} // namespace analytics

struct Storage {
    std::unique_ptr<StatementStore> statements;
    std::unique_ptr<DocumentStore> documents;
    std::unique_ptr<CredentialStore> credentials;
    std::string description; // "SQLite DIR/server.db" or "PostgreSQL host:port/db", for logs
    // The admin dashboard's figures (analytics/dashboard_store.h), kept current
    // by `statements`, which feeds every committed batch to `dashboardFeed`.
    // Null on PostgreSQL without a files directory (no place for its cache).
    std::shared_ptr<analytics::DashboardStore> dashboard;
    std::shared_ptr<analytics::AnalyticsFeed> dashboardFeed;
    // PostgreSQL's connections, for the server's other PostgreSQL stores
    // (openPelitaContext) to share; null on SQLite.
    std::shared_ptr<PgPool> pgPool;
};

// True when `location` names a PostgreSQL database rather than a data directory.
bool isPostgresLocation(const std::string& location);

// The directory that holds a location's files (packages, keys, the dashboard):
// a data directory itself; for PostgreSQL, `filesDir`, which may be empty (none).
std::filesystem::path filesDirFor(const std::string& location, const std::filesystem::path& filesDir);

// Opens (creating or upgrading the schema as needed) the storage at `location`;
// `filesDir` as for filesDirFor(). Requires sodium_init(). Errors name the
// directory, or the host and port with libpq's message.
Expected<Storage, std::string> openStorage(const std::string& location, const std::filesystem::path& filesDir = {});

} // namespace pelita::server
