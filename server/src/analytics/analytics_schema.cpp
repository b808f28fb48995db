#include "analytics_schema.h"

#include <string>

#include "group_sums.h"

namespace pelita::server::analytics {

namespace {

// Ledger: one row per folded statement, so a retry is not folded twice and a
// voiding statement can take back exactly what its target added. Everything
// else is an aggregate small enough for a page to read whole.
// Scores are millionths, JP thousandths (statement_facts.h).
constexpr const char* kVersion1 = R"sql(
CREATE TABLE analytics_events (
    statement_id TEXT PRIMARY KEY,
    voided       INTEGER NOT NULL DEFAULT 0,
    learner      TEXT NOT NULL DEFAULT '',
    course       TEXT NOT NULL DEFAULT '',
    object       TEXT NOT NULL DEFAULT '',
    verb         TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL DEFAULT '',
    at_ms        INTEGER NOT NULL DEFAULT 0,
    scaled       INTEGER,
    jp           INTEGER,
    certificate  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX analytics_events_course_learner ON analytics_events (course, learner);
CREATE TABLE analytics_pending_voids (statement_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE analytics_answers (
    statement_id TEXT PRIMARY KEY,
    learner      TEXT NOT NULL,
    course       TEXT NOT NULL,
    quiz         TEXT NOT NULL,
    question     TEXT NOT NULL,
    registration TEXT NOT NULL,
    interaction  TEXT NOT NULL,
    response     TEXT NOT NULL,
    scored       INTEGER NOT NULL,
    correct      INTEGER NOT NULL,
    credit       INTEGER NOT NULL,
    likert       INTEGER,
    total_used   INTEGER
) WITHOUT ROWID;
CREATE INDEX analytics_answers_attempt ON analytics_answers (registration);
CREATE TABLE analytics_comments (
    statement_id TEXT PRIMARY KEY,
    course       TEXT NOT NULL,
    quiz         TEXT NOT NULL,
    question     TEXT NOT NULL,
    at           TEXT NOT NULL,
    text         TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX analytics_comments_course ON analytics_comments (course, at);
CREATE TABLE analytics_items (
    question  TEXT PRIMARY KEY,
    quiz      TEXT NOT NULL,
    course    TEXT NOT NULL,
    answers   INTEGER NOT NULL DEFAULT 0,
    correct   INTEGER NOT NULL DEFAULT 0,
    n         INTEGER NOT NULL DEFAULT 0,
    n_correct INTEGER NOT NULL DEFAULT 0,
    s_total   INTEGER NOT NULL DEFAULT 0,
    ss_total  INTEGER NOT NULL DEFAULT 0,
    s_correct INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE analytics_item_responses (
    question TEXT NOT NULL,
    response TEXT NOT NULL,
    answers  INTEGER NOT NULL DEFAULT 0,
    wrong    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (question, response)
) WITHOUT ROWID;
CREATE TABLE analytics_attempts (
    registration TEXT PRIMARY KEY,
    answered     INTEGER NOT NULL DEFAULT 0,
    credit       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE analytics_learner_topics (
    learner  TEXT NOT NULL,
    activity TEXT NOT NULL,
    course   TEXT NOT NULL,
    answered INTEGER NOT NULL DEFAULT 0,
    correct  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (learner, activity)
) WITHOUT ROWID;
CREATE TABLE analytics_topics (
    activity TEXT PRIMARY KEY,
    module   TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE analytics_likert (
    course   TEXT NOT NULL,
    quiz     TEXT NOT NULL,
    question TEXT NOT NULL,
    response TEXT NOT NULL,
    position INTEGER,
    answers  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (course, question, response)
) WITHOUT ROWID;
CREATE TABLE analytics_activities (
    id              TEXT PRIMARY KEY,
    definition_json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE analytics_learners (
    learner TEXT PRIMARY KEY,
    name    TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE analytics_course_learners (
    course       TEXT NOT NULL,
    learner      TEXT NOT NULL,
    statements   INTEGER NOT NULL,
    first_at     TEXT NOT NULL,
    last_at      TEXT NOT NULL,
    first_ms     INTEGER NOT NULL,
    completed_at TEXT,
    completed_ms INTEGER,
    passed_at    TEXT,
    pass_year    INTEGER,
    pass_jp      INTEGER,
    certificate  TEXT NOT NULL DEFAULT '',
    best_scaled  INTEGER,
    attempts     INTEGER NOT NULL,
    failed       INTEGER NOT NULL,
    remedial     INTEGER NOT NULL,
    PRIMARY KEY (course, learner)
) WITHOUT ROWID;
CREATE INDEX analytics_course_learners_learner ON analytics_course_learners (learner);
CREATE INDEX analytics_course_learners_year ON analytics_course_learners (pass_year, learner);
)sql";

// The watermark: the seq of the last stored statement the aggregates include.
// It moves in the same transaction as the fold, so after a crash the feed
// resumes exactly where it stopped. Absent (an emptied table) means 0. A
// version 1 database had none: it starts from 0, and the ledger skips what
// was folded already.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE analytics_watermark (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    folded_through INTEGER NOT NULL
);
)sql";

// Statements received per UTC day, for the Overview's chart, which must not
// scan the statements (with a million stored today it took 440 ms). Its
// counts start with the fold, so upgrading empties the aggregates and the
// watermark: the feed folds everything again (pages say they lag meanwhile).
constexpr const char* kVersion3 = R"sql(
CREATE TABLE analytics_stored_days (
    day        TEXT PRIMARY KEY,
    statements INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Mastery per OPD and position, kept by the fold and by triggers on the roster
// (group_sums.h): the training-needs page no longer joins every learner's
// topics to the roster (80 ms of its time with a million statements). And the
// pass-year index covers each pass's JP, so JP compliance reads no table rows.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE analytics_group_topics (
    kind     TEXT NOT NULL CHECK (kind IN ('opd', 'position')),
    grp      TEXT NOT NULL,
    activity TEXT NOT NULL,
    course   TEXT NOT NULL,
    answered INTEGER NOT NULL DEFAULT 0,
    correct  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, grp, activity)
) WITHOUT ROWID;
DROP INDEX analytics_course_learners_year;
CREATE INDEX analytics_course_learners_year ON analytics_course_learners (pass_year, learner, pass_jp);
)sql";

bool hasTable(Db& db, const char* name) {
    Statement find(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    find.bind(1, std::string(name));
    return find.step();
}

constexpr const char* kTables[] = {"analytics_events",   "analytics_pending_voids",  "analytics_answers",
                                   "analytics_comments", "analytics_items",          "analytics_item_responses",
                                   "analytics_attempts", "analytics_learner_topics", "analytics_topics",
                                   "analytics_likert",   "analytics_activities",     "analytics_learners",
                                   "analytics_course_learners", "analytics_watermark",
                                   "analytics_stored_days", "analytics_group_topics"};

} // namespace

void migrateAnalytics(Db& db) {
    Transaction tx(db);
    db.exec("CREATE TABLE IF NOT EXISTS analytics_schema (version INTEGER NOT NULL)");
    const auto current = [&]() -> std::int64_t {
        Statement read(db, "SELECT max(version) FROM analytics_schema");
        return read.step() && !read.columnIsNull(0) ? read.columnInt(0) : 0;
    }();
    if (current > kAnalyticsSchemaVersion)
        throw SqliteError("server.db has dashboard tables of version " + std::to_string(current) +
                          ", newer than this pelita-server understands");
    if (current < 1) db.exec(kVersion1);
    if (current < 2) db.exec(kVersion2);
    if (current < 3) {
        db.exec(kVersion3);
        if (current > 0) clearAnalytics(db);
    }
    const bool hasRoster = hasTable(db, "pelita_roster");
    if (current < 4) {
        db.exec(kVersion4);
        // Learner topics folded before: their group sums, from the roster as it is.
        if (current > 0 && hasRoster) refillGroupSums(db);
    }
    if (hasRoster) keepGroupSums(db);
    db.exec("DELETE FROM analytics_schema");
    db.exec("INSERT INTO analytics_schema (version) VALUES (" + std::to_string(kAnalyticsSchemaVersion) + ")");
    tx.commit();
}

void migratePelitaCopy(Db& db, const std::string& origin) {
    Transaction tx(db);
    db.exec(R"sql(
    CREATE TABLE IF NOT EXISTS pelita_roster (
        nip      TEXT PRIMARY KEY,
        name     TEXT NOT NULL,
        opd      TEXT NOT NULL,
        unit     TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        golongan TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE IF NOT EXISTS pelita_packages (
        sha256      TEXT PRIMARY KEY,
        course_iri  TEXT NOT NULL,
        record_json TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS analytics_origin (id INTEGER PRIMARY KEY CHECK (id = 1), origin TEXT NOT NULL);
    )sql");
    Statement recorded(db, "SELECT origin FROM analytics_origin");
    const bool same = recorded.step() && recorded.columnText(0) == origin;
    recorded.reset();
    if (!same) {
        clearAnalytics(db);
        db.exec("DELETE FROM pelita_roster");
        db.exec("DELETE FROM pelita_packages");
        Statement note(db, "INSERT OR REPLACE INTO analytics_origin (id, origin) VALUES (1, ?)");
        note.bind(1, origin).run();
    }
    keepGroupSums(db);
    tx.commit();
}

void clearAnalytics(Db& db) {
    for (const char* table : kTables) db.exec(std::string("DELETE FROM ") + table);
}

} // namespace pelita::server::analytics
