#pragma once
// The server's PostgreSQL schema: tables, the indexes for each query path, and
// the migrations that bring a database up to date. Applied versions are rows
// of schema_migrations, so a newer server upgrades an older database in place
// and an older server refuses a newer one.
// Plain SQL only (no server-side functions, no advisory locks), so that the
// same schema runs on PostgreSQL-compatible distributed engines.
// Thread notes: run once, before the pool is shared.
#include <cstddef>
#include <memory>
#include <string>

#include <pelita/content/expected.h>

#include "pg_connection.h"

namespace pelita::server {

inline constexpr int kPgSchemaVersion = 4;

// Brings the database up to kPgSchemaVersion in one transaction. Throws PgError
// (e.g. when the database is newer than this server).
void migratePostgres(PgConnection& connection);

class PgPool;
// A pool of up to `connections` on `conninfo`, its schema brought up to date.
// Errors name the host and port with libpq's message.
Expected<std::shared_ptr<PgPool>, std::string> openMigratedPool(const std::string& conninfo, std::size_t connections);

} // namespace pelita::server
