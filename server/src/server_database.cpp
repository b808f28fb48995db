#include "server_database.h"

#include <system_error>

namespace pelita::server {

namespace {

// Each entry moves the schema from version i to i+1. Never edit a shipped entry:
// append a new one so existing server.db files upgrade in place.
constexpr const char* kMigrations[] = {
    R"sql(
    CREATE TABLE credentials (
        key           TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('admin', 'kiosk')),
        secret_sha256 TEXT NOT NULL,
        created       TEXT NOT NULL,
        revoked       TEXT
    );
    CREATE TABLE statements (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        id              TEXT NOT NULL UNIQUE,
        stored          TEXT NOT NULL,
        verb_id         TEXT NOT NULL,
        statement_json  TEXT NOT NULL,
        comparison_json TEXT NOT NULL
    );
    CREATE INDEX statements_verb ON statements (verb_id, seq);
    CREATE TABLE statement_agents (
        seq INTEGER NOT NULL REFERENCES statements (seq),
        ifi TEXT NOT NULL,
        PRIMARY KEY (ifi, seq)
    ) WITHOUT ROWID;
    )sql",
};

void migrate(Db& db) {
    Transaction tx(db);
    Statement read(db, "PRAGMA user_version");
    read.step();
    const auto current = read.columnInt(0);
    if (current > kServerSchemaVersion)
        throw SqliteError("server.db has schema version " + std::to_string(current) +
                          ", newer than this pelita-server understands (" +
                          std::to_string(kServerSchemaVersion) + ")");
    for (auto v = current; v < kServerSchemaVersion; ++v) db.exec(kMigrations[v]);
    db.exec("PRAGMA user_version = " + std::to_string(kServerSchemaVersion));
    tx.commit();
}

} // namespace

Expected<std::unique_ptr<Db>, std::string> openServerDatabase(const std::filesystem::path& dataDir) {
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (ec) return unexpected("cannot create data directory " + dataDir.string() + ": " + ec.message());
    if (!std::filesystem::is_directory(dataDir))
        return unexpected("data directory " + dataDir.string() + " is not a directory");
    try {
        auto db = std::make_unique<Db>(dataDir / "server.db");
        // WAL + FULL: a statement acknowledged to a kiosk survives a power cut.
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = FULL");
        db->exec("PRAGMA foreign_keys = ON");
        migrate(*db);
        return db;
    } catch (const SqliteError& e) {
        return unexpected("data directory " + dataDir.string() + ": " + e.what());
    }
}

} // namespace pelita::server
