#include "migrations.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace pelita::sync {
namespace {

struct Migration {
    int version;
    const char* sql;
};

// Append only: a kiosk in the field may hold any earlier version.
const std::vector<Migration> kMigrations = {
    {1, R"sql(
CREATE TABLE learners (
    nip         TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',
    position    TEXT NOT NULL DEFAULT '',
    enrolled_at INTEGER NOT NULL
);
CREATE TABLE lesson_progress (
    nip          TEXT NOT NULL REFERENCES learners(nip),
    course_iri   TEXT NOT NULL,
    lesson_id    TEXT NOT NULL,
    completed_at INTEGER NOT NULL,
    PRIMARY KEY (nip, course_iri, lesson_id)
);
CREATE TABLE quiz_attempts (
    id           TEXT PRIMARY KEY,
    nip          TEXT NOT NULL REFERENCES learners(nip),
    course_iri   TEXT NOT NULL,
    quiz_id      TEXT NOT NULL,
    started_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    submitted_at INTEGER,
    score_raw    REAL,
    score_min    REAL,
    score_max    REAL,
    score_scaled REAL,
    passed       INTEGER
);
CREATE INDEX quiz_attempts_by_quiz ON quiz_attempts (nip, course_iri, quiz_id);
CREATE TABLE quiz_answers (
    attempt_id  TEXT NOT NULL REFERENCES quiz_attempts(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    response    TEXT NOT NULL,
    correct     INTEGER NOT NULL,
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    statement_id TEXT UNIQUE NOT NULL,
    body         TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    sent_at      INTEGER
);
CREATE INDEX outbox_pending ON outbox (seq) WHERE sent_at IS NULL;
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql"},
    // v2: the parts the kiosk, quiz and sync issues need, added in one step so
    // that work on them can proceed side by side.
    {2, R"sql(
-- PIN login: Argon2id hash (libsodium's encoded string), wrong tries and the
-- lockout they earn. A learner from the server's roster has no PIN until set.
ALTER TABLE learners ADD COLUMN pin_hash TEXT;
ALTER TABLE learners ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE learners ADD COLUMN locked_until INTEGER;
-- Quiz attempts: the seed that drew and shuffled the questions, the time spent
-- (persisted, so a power cut neither steals nor gifts time), the question the
-- learner was on, and the course version the attempt started under.
ALTER TABLE quiz_attempts ADD COLUMN seed INTEGER;
ALTER TABLE quiz_attempts ADD COLUMN elapsed_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quiz_attempts ADD COLUMN current_question INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quiz_attempts ADD COLUMN course_version TEXT;
-- Where a learner stopped reading each lesson; the newest row is "Lanjutkan".
CREATE TABLE reading_positions (
    nip        TEXT NOT NULL REFERENCES learners(nip),
    course_iri TEXT NOT NULL,
    lesson_id  TEXT NOT NULL,
    position   REAL NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (nip, course_iri, lesson_id)
);
-- Statements the server refused as invalid, with its reason; they leave the
-- outbox so the rest keep flowing, and a trainer can see them.
CREATE TABLE quarantine (
    statement_id   TEXT PRIMARY KEY,
    body           TEXT NOT NULL,
    reason         TEXT NOT NULL,
    http_status    INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    quarantined_at INTEGER NOT NULL
);
-- Carried by hand on a USB stick (export-records); still pending until confirmed.
ALTER TABLE outbox ADD COLUMN carried_at INTEGER;
)sql"},
    // v3: certificates issued on the kiosk when a learner passes a course. One per
    // learner and course; the facts are kept as printed, so a reprint matches the
    // paper even after the course or the learner's name changes.
    {3, R"sql(
CREATE TABLE certificates (
    id             TEXT PRIMARY KEY,
    nip            TEXT NOT NULL REFERENCES learners(nip),
    learner_name   TEXT NOT NULL,
    learner_unit   TEXT NOT NULL DEFAULT '',
    course_iri     TEXT NOT NULL,
    course_version TEXT NOT NULL DEFAULT '',
    course_title   TEXT NOT NULL,
    jp_hours       REAL NOT NULL,
    scaled_score   REAL,
    started_at     INTEGER NOT NULL,
    issued_at      INTEGER NOT NULL,
    statement_id   TEXT NOT NULL,
    UNIQUE (nip, course_iri)
);
)sql"},
    // v4: mandatory (Wajib) courses pulled from the server (assignments_pull.h), the
    // kiosk's whole set, replaced on each pull; and each learner's OPD from the
    // roster, which assignments name (a roster learner's unit may be a part of it).
    {4, R"sql(
ALTER TABLE learners ADD COLUMN opd TEXT NOT NULL DEFAULT '';
CREATE TABLE assignments (
    id         INTEGER PRIMARY KEY,
    course_iri TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '{}',
    opd        TEXT NOT NULL DEFAULT '',
    position   TEXT NOT NULL DEFAULT '',
    due        TEXT NOT NULL
);
)sql"},
    // v5: quiz attempts submitted on another kiosk, taken in through the resume
    // state (resume_state.h) without answers or statements: the credential key of
    // the kiosk that recorded them. NULL for this kiosk's own attempts.
    {5, R"sql(
ALTER TABLE quiz_attempts ADD COLUMN taken_from TEXT;
)sql"},
};

[[noreturn]] void refuseNewer(int found, int known) {
    throw std::runtime_error("records.db was written by a newer version of Pelita (schema " + std::to_string(found) +
                             ", this program knows up to " + std::to_string(known) + "). Update Pelita on this kiosk.");
}

} // namespace

void migrate(sqlite::Database& db, int targetVersion) {
    for (const auto& m : kMigrations) {
        if (m.version > targetVersion) break;
        // Re-read inside the write lock: another connection may have migrated meanwhile.
        sqlite::Transaction tx(db.handle());
        int current = db.pragmaInt("user_version");
        if (current > targetVersion) refuseNewer(current, targetVersion);
        if (current >= m.version) continue;
        db.exec(m.sql);
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        tx.commit();
    }
    // Also checked when no migration ran (an up-to-date or newer file).
    int found = db.pragmaInt("user_version");
    if (found > targetVersion) refuseNewer(found, targetVersion);
}

} // namespace pelita::sync
