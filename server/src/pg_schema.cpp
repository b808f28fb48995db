#include "pg_schema.h"

#include "pg_pool.h"

namespace pelita::server {

namespace {

// Each entry moves the schema from version i to i+1. Never edit a shipped entry:
// append a new one so existing databases upgrade in place.
// Version 1 holds what SQLite's server.db holds at its version 2; `seq` is an
// identity column, the order statements were stored in.
constexpr const char* kMigrations[] = {
    R"sql(
    CREATE TABLE credentials (
        key           TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('admin', 'kiosk', 'reader')),
        secret_sha256 TEXT NOT NULL,
        created       TEXT NOT NULL,
        revoked       TEXT
    );
    CREATE TABLE statements (
        seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id              TEXT NOT NULL UNIQUE,
        stored          TEXT NOT NULL,
        verb_id         TEXT NOT NULL,
        statement_json  TEXT NOT NULL,
        comparison_json TEXT NOT NULL,
        registration    TEXT,
        ref_id          TEXT,
        voided          INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX statements_verb ON statements (verb_id, seq);
    CREATE INDEX statements_registration ON statements (registration, seq);
    CREATE INDEX statements_ref ON statements (ref_id);
    CREATE INDEX statements_stored ON statements (stored);
    CREATE TABLE statement_agents (
        seq     BIGINT NOT NULL REFERENCES statements (seq),
        ifi     TEXT NOT NULL,
        related INTEGER NOT NULL,
        PRIMARY KEY (ifi, seq)
    );
    CREATE TABLE statement_activities (
        seq         BIGINT NOT NULL REFERENCES statements (seq),
        activity_id TEXT NOT NULL,
        related     INTEGER NOT NULL,
        PRIMARY KEY (activity_id, seq)
    );
    CREATE TABLE activities (
        id              TEXT PRIMARY KEY,
        definition_json TEXT NOT NULL
    );
    CREATE TABLE documents (
        kind         TEXT NOT NULL,
        scope        TEXT NOT NULL,
        doc_id       TEXT NOT NULL,
        content_type TEXT NOT NULL,
        content      BYTEA NOT NULL,
        etag         TEXT NOT NULL,
        updated      TEXT NOT NULL,
        PRIMARY KEY (kind, scope, doc_id)
    );
    CREATE TABLE attachments (
        sha2         TEXT PRIMARY KEY,
        content_type TEXT NOT NULL,
        content      BYTEA NOT NULL
    );
    -- One row, locked by every statement batch: see pg_statement_store.h.
    CREATE TABLE statement_writer (id INTEGER PRIMARY KEY);
    INSERT INTO statement_writer (id) VALUES (1);
    )sql",
    // 2: GET's filters read only these indexes. Their IN subqueries
    // (storage_statement_query.cpp) test `related` as well, which the primary
    // keys (key, seq) lack: every match cost a heap fetch, 1000 of them for a
    // learner with 1000 statements (EXPLAIN ANALYZE, 1M stored: ~100 ms, now ~2 ms).
    R"sql(
    CREATE INDEX statement_agents_filter ON statement_agents (ifi, related, seq);
    CREATE INDEX statement_activities_filter ON statement_activities (activity_id, related, seq);
    )sql",
    // 3: Pelita's own records (pelita_store.h) and the /admin/ accounts
    // (admin_accounts.h): what SQLite's server.db versions 3 to 6 added, with
    // the same table and column names, in one step. Plain tables and unique
    // keys only (upserts are INSERT ... ON CONFLICT), so Citus and CockroachDB
    // take it as it is.
    R"sql(
    CREATE TABLE pelita_packages (
        sha256      TEXT PRIMARY KEY,
        course_iri  TEXT NOT NULL,
        version     TEXT NOT NULL,
        published   TEXT NOT NULL,
        record_json TEXT NOT NULL,
        withdrawn   TEXT,
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
        golongan TEXT NOT NULL DEFAULT '',
        updated  TEXT NOT NULL
    );
    CREATE INDEX pelita_roster_opd ON pelita_roster (opd, name);
    CREATE TABLE pelita_certificates (
        id           TEXT PRIMARY KEY,
        statement_id TEXT NOT NULL,
        record_json  TEXT NOT NULL
    );
    CREATE TABLE pelita_kiosk_keys (
        credential_key TEXT PRIMARY KEY,
        public_key     TEXT NOT NULL,
        updated        TEXT NOT NULL
    );
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
        id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        course_iri TEXT NOT NULL,
        opd        TEXT NOT NULL DEFAULT '',
        position   TEXT NOT NULL DEFAULT '',
        due        TEXT NOT NULL,
        created    TEXT NOT NULL,
        UNIQUE (course_iri, opd, position)
    );
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
    )sql",
    // 4: queue health, as each kiosk last reported it (X-Pelita-Queue), as
    // SQLite's server.db version 7; queue_reported stays NULL until a kiosk reports.
    R"sql(
    ALTER TABLE pelita_kiosks ADD COLUMN queue_waiting BIGINT NOT NULL DEFAULT 0;
    ALTER TABLE pelita_kiosks ADD COLUMN queue_quarantined BIGINT NOT NULL DEFAULT 0;
    ALTER TABLE pelita_kiosks ADD COLUMN queue_oldest TEXT NOT NULL DEFAULT '';
    ALTER TABLE pelita_kiosks ADD COLUMN queue_reported TEXT;
    )sql",
};

} // namespace

void migratePostgres(PgConnection& connection) {
    connection.script("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)");
    PgTransaction tx(connection);
    // Two servers migrating at once: DDL is transactional, so the second fails
    // on the version the first recorded and changes nothing; started again, it
    // finds the schema current.
    auto current = connection.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").integer(0, 0);
    if (current > kPgSchemaVersion)
        throw PgError("the database has schema version " + std::to_string(current) +
                      ", newer than this pelita-server understands (" + std::to_string(kPgSchemaVersion) + ")");
    for (auto v = current; v < kPgSchemaVersion; ++v) {
        connection.script(kMigrations[v]);
        connection.query("INSERT INTO schema_migrations (version, applied) VALUES ($1, now()::text)", {v + 1});
    }
    tx.commit();
}

Expected<std::shared_ptr<PgPool>, std::string> openMigratedPool(const std::string& conninfo, std::size_t connections) {
    try {
        auto pool = std::make_shared<PgPool>(conninfo, connections);
        migratePostgres(*pool->lease());
        return pool;
    } catch (const PgError& e) {
        const std::string what = e.what();
        // Connection errors already name the host; schema errors need it added.
        if (what.rfind("cannot connect", 0) == 0) return unexpected(what);
        return unexpected("PostgreSQL at " + describeConninfo(conninfo) + ": " + what);
    }
}

} // namespace pelita::server
