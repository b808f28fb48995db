#pragma once
// The server's SQLite file, DIR/server.db: opening it with the durability
// settings (WAL, synchronous=FULL) and bringing its schema up to date
// (schema version in PRAGMA user_version).
// Thread notes: each call returns a new connection for the caller to own.
#include <filesystem>
#include <memory>
#include <string>

#include <pelita/content/expected.h>

#include "sqlite_db.h"

namespace pelita::server {

inline constexpr int kServerSchemaVersion = 7;

// Creates dataDir if needed and opens dataDir/server.db. The error names the
// path and the problem (e.g. an unwritable folder).
Expected<std::unique_ptr<Db>, std::string> openServerDatabase(const std::filesystem::path& dataDir);

} // namespace pelita::server
