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
    // 2: the full LRS. Query columns and tables for every GET filter, voiding,
    // canonical activity definitions, documents, attachment contents, and the
    // read-only role.
    // Rows stored by version 1 get their registration, StatementRef target and
    // object activity from their JSON; their context activities stay unindexed
    // (version 1 only ever ran as the walking skeleton).
    R"sql(
    CREATE TABLE credentials_v2 (
        key           TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('admin', 'kiosk', 'reader')),
        secret_sha256 TEXT NOT NULL,
        created       TEXT NOT NULL,
        revoked       TEXT
    );
    INSERT INTO credentials_v2 SELECT key, name, role, secret_sha256, created, revoked FROM credentials;
    DROP TABLE credentials;
    ALTER TABLE credentials_v2 RENAME TO credentials;

    ALTER TABLE statements ADD COLUMN registration TEXT;
    ALTER TABLE statements ADD COLUMN ref_id TEXT;
    ALTER TABLE statements ADD COLUMN voided INTEGER NOT NULL DEFAULT 0;
    UPDATE statements SET
        registration = lower(json_extract(statement_json, '$.context.registration')),
        ref_id = CASE WHEN json_extract(statement_json, '$.object.objectType') = 'StatementRef'
                      THEN lower(json_extract(statement_json, '$.object.id')) END;
    CREATE INDEX statements_registration ON statements (registration, seq);
    CREATE INDEX statements_ref ON statements (ref_id);
    CREATE INDEX statements_stored ON statements (stored);
    ALTER TABLE statement_agents ADD COLUMN related INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE statement_activities (
        seq         INTEGER NOT NULL REFERENCES statements (seq),
        activity_id TEXT NOT NULL,
        related     INTEGER NOT NULL,
        PRIMARY KEY (activity_id, seq)
    ) WITHOUT ROWID;
    INSERT INTO statement_activities (seq, activity_id, related)
        SELECT seq, json_extract(statement_json, '$.object.id'), 0 FROM statements
        WHERE coalesce(json_extract(statement_json, '$.object.objectType'), 'Activity') = 'Activity';
    CREATE TABLE activities (
        id              TEXT PRIMARY KEY,
        definition_json TEXT NOT NULL
    );
    CREATE TABLE documents (
        kind         TEXT NOT NULL,
        scope        TEXT NOT NULL,
        doc_id       TEXT NOT NULL,
        content_type TEXT NOT NULL,
        content      BLOB NOT NULL,
        etag         TEXT NOT NULL,
        updated      TEXT NOT NULL,
        PRIMARY KEY (kind, scope, doc_id)
    );
    CREATE TABLE attachments (
        sha2         TEXT PRIMARY KEY,
        content_type TEXT NOT NULL,
        content      BLOB NOT NULL
    );
    )sql",
    // 3: Pelita's own resources under /pelita/v1/ (pelita_store.h): published
    // packages (the full record as JSON), kiosks, the roster and certificates.
    R"sql(
    CREATE TABLE pelita_packages (
        sha256      TEXT PRIMARY KEY,
        course_iri  TEXT NOT NULL,
        version     TEXT NOT NULL,
        published   TEXT NOT NULL,
        record_json TEXT NOT NULL,
        UNIQUE (course_iri, version)
    );
    CREATE TABLE pelita_kiosks (
        credential_key TEXT PRIMARY KEY,
        kiosk_id       TEXT NOT NULL DEFAULT '',
        name           TEXT NOT NULL DEFAULT '',
        opd            TEXT NOT NULL DEFAULT '',
        app_version    TEXT NOT NULL DEFAULT '',
        registered     TEXT NOT NULL DEFAULT '',
        last_contact   TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE pelita_roster (
        nip      TEXT PRIMARY KEY,
        name     TEXT NOT NULL,
        opd      TEXT NOT NULL,
        unit     TEXT NOT NULL,
        position TEXT NOT NULL,
        updated  TEXT NOT NULL
    );
    CREATE INDEX pelita_roster_opd ON pelita_roster (opd, name);
    CREATE TABLE pelita_certificates (
        id           TEXT PRIMARY KEY,
        statement_id TEXT NOT NULL,
        record_json  TEXT NOT NULL
    );
    )sql",
    // 4: the admin dashboard (server/src/admin/): its accounts (Argon2id
    // password hashes) and login sessions (only the token's SHA-256 is kept),
    // a package's withdrawal from the catalogue, and the roster's golongan.
    R"sql(
    CREATE TABLE admin_users (
        username      TEXT PRIMARY KEY,
        role          TEXT NOT NULL CHECK (role IN ('admin', 'reader')),
        password_hash TEXT NOT NULL,
        created       TEXT NOT NULL
    );
    CREATE TABLE admin_sessions (
        token_sha256 TEXT PRIMARY KEY,
        username     TEXT NOT NULL REFERENCES admin_users (username) ON DELETE CASCADE,
        csrf_token   TEXT NOT NULL,
        expires      TEXT NOT NULL
    );
    CREATE INDEX admin_sessions_user ON admin_sessions (username);
    ALTER TABLE pelita_packages ADD COLUMN withdrawn TEXT;
    ALTER TABLE pelita_roster ADD COLUMN golongan TEXT NOT NULL DEFAULT '';
    )sql",
    // 5: the Ed25519 public key each kiosk signs its USB records bundles with
    // (bundle_import.h), from its registration or set by hand (kiosk-key).
    R"sql(
    CREATE TABLE pelita_kiosk_keys (
        credential_key TEXT PRIMARY KEY,
        public_key     TEXT NOT NULL,
        updated        TEXT NOT NULL
    );
    )sql",
    // 6: the USB records bundles imported, with the receipt last issued for
    // each, so an admin can download it again (admin "Bundel USB" page); and
    // the mandatory (Wajib) course assignments kiosks pull.
    R"sql(
    CREATE TABLE pelita_bundle_imports (
        bundle_id      TEXT PRIMARY KEY,
        credential_key TEXT NOT NULL,
        kiosk_id       TEXT NOT NULL,
        imported_at    TEXT NOT NULL,
        accepted       INTEGER NOT NULL,
        rejected       INTEGER NOT NULL,
        receipt_name   TEXT NOT NULL,
        receipt_text   TEXT NOT NULL
    );
    CREATE INDEX pelita_bundle_imports_time ON pelita_bundle_imports (imported_at);
    CREATE TABLE pelita_assignments (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        course_iri TEXT NOT NULL,
        opd        TEXT NOT NULL DEFAULT '',
        position   TEXT NOT NULL DEFAULT '',
        due        TEXT NOT NULL,
        created    TEXT NOT NULL,
        UNIQUE (course_iri, opd, position)
    );
    )sql",
    // 7: queue health, as each kiosk last reported it (X-Pelita-Queue);
    // queue_reported stays NULL until a kiosk reports.
    R"sql(
    ALTER TABLE pelita_kiosks ADD COLUMN queue_waiting INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE pelita_kiosks ADD COLUMN queue_quarantined INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE pelita_kiosks ADD COLUMN queue_oldest TEXT NOT NULL DEFAULT '';
    ALTER TABLE pelita_kiosks ADD COLUMN queue_reported TEXT;
    )sql",
};

void migrate(Db& db) {
    Transaction tx(db);
    // The read must be finished before the migrations run: DROP TABLE fails
    // while any statement on the connection is still active.
    const auto current = [&] {
        Statement read(db, "PRAGMA user_version");
        read.step();
        return read.columnInt(0);
    }();
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
