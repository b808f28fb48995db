// RecordsStore: opening, learners, lesson progress, outbox and settings.
// Quiz attempts live in records_store_quiz.cpp.
#include <pelita/sync/records_store.h>
#include <pelita/sync/clock.h>

#include "migrations.h"
#include "outbox.h"
#include "sqlite.h"

#include <sqlite3.h>

#include <stdexcept>

namespace pelita::sync {

// Long enough to wait out the other connection's largest write (a sync batch's
// markSent), short enough that a stuck lock surfaces as an error, not a hang.
static constexpr int kBusyTimeoutMs = 5000;

Expected<std::unique_ptr<RecordsStore>, StoreError> RecordsStore::open(const std::filesystem::path& dataDir) {
    try {
        std::error_code ec;
        std::filesystem::create_directories(dataDir, ec);
        if (ec) return unexpected(StoreError{"cannot create the data folder " + dataDir.string() + ": " + ec.message()});
        sqlite::Database db(dataDir / "records.db");
        db.exec("PRAGMA busy_timeout = " + std::to_string(kBusyTimeoutMs));
        std::string mode;
        {
            sqlite::Statement wal(db.handle(), "PRAGMA journal_mode = WAL");
            if (wal.step()) mode = wal.text(0);
        } // finalized: an unfinished statement would block the migrations' COMMIT
        if (mode != "wal")
            return unexpected(StoreError{"the records database cannot use write-ahead logging in " + dataDir.string()});
        // FULL: a commit is on disk before the call returns, so "saved" on screen survives a power cut.
        db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
        migrate(db, kSchemaVersion);
        return std::unique_ptr<RecordsStore>(new RecordsStore(db.release()));
    } catch (const std::exception& e) {
        return unexpected(StoreError{e.what()});
    }
}

RecordsStore::RecordsStore(sqlite3* db) : db_(db) {}
RecordsStore::~RecordsStore() { sqlite3_close_v2(db_); }

int RecordsStore::schemaVersion() const {
    sqlite::Statement s(db_, "PRAGMA user_version");
    return s.step() ? static_cast<int>(s.int64(0)) : 0;
}

Expected<Learner, StoreError> RecordsStore::enrol(const Learner& learner) {
    if (this->learner(learner.nip)) return unexpected(StoreError{"NIP " + learner.nip + " is already enrolled"});
    try {
        sqlite::Statement s(db_, "INSERT INTO learners (nip, name, unit, position, enrolled_at) VALUES (?,?,?,?,?)");
        s.bind(1, learner.nip).bind(2, learner.name).bind(3, learner.unit).bind(4, learner.position).bind(5, nowMs());
        s.run();
    } catch (const std::exception& e) {
        return unexpected(StoreError{e.what()});
    }
    return learner;
}

std::vector<Learner> RecordsStore::learners() const {
    std::vector<Learner> out;
    sqlite::Statement s(db_, "SELECT nip, name, unit, position FROM learners ORDER BY name");
    while (s.step()) out.push_back({s.text(0), s.text(1), s.text(2), s.text(3)});
    return out;
}

std::optional<Learner> RecordsStore::learner(const std::string& nip) const {
    sqlite::Statement s(db_, "SELECT nip, name, unit, position FROM learners WHERE nip = ?");
    s.bind(1, nip);
    if (!s.step()) return std::nullopt;
    return Learner{s.text(0), s.text(1), s.text(2), s.text(3)};
}

void appendToOutbox(sqlite3* db, const std::vector<nlohmann::json>& statements, std::int64_t now) {
    sqlite::Statement s(db, "INSERT INTO outbox (statement_id, body, created_at) VALUES (?,?,?)");
    for (const auto& statement : statements) {
        if (!statement.contains("id") || !statement["id"].is_string())
            throw std::runtime_error("a statement without an id cannot be queued for sync");
        s.bind(1, statement["id"].get<std::string>()).bind(2, statement.dump()).bind(3, now);
        s.run();
        s.reset();
    }
}

void RecordsStore::completeLesson(const std::string& nip, const std::string& courseIri, const std::string& lessonId,
                                  const std::vector<nlohmann::json>& statements) {
    sqlite::Transaction tx(db_);
    auto now = nowMs();
    // Re-reading a lesson keeps the first completion time: that is when it was earned.
    sqlite::Statement s(db_, "INSERT OR IGNORE INTO lesson_progress (nip, course_iri, lesson_id, completed_at) "
                             "VALUES (?,?,?,?)");
    s.bind(1, nip).bind(2, courseIri).bind(3, lessonId).bind(4, now);
    s.run();
    appendToOutbox(db_, statements, now);
    tx.commit();
}

std::vector<std::string> RecordsStore::completedLessons(const std::string& nip, const std::string& courseIri) const {
    std::vector<std::string> out;
    sqlite::Statement s(db_, "SELECT lesson_id FROM lesson_progress WHERE nip = ? AND course_iri = ? "
                             "ORDER BY completed_at, lesson_id");
    s.bind(1, nip).bind(2, courseIri);
    while (s.step()) out.push_back(s.text(0));
    return out;
}

std::vector<OutboxItem> RecordsStore::pendingStatements(std::size_t limit) const {
    std::vector<OutboxItem> out;
    sqlite::Statement s(db_, "SELECT seq, statement_id, body FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?");
    s.bind(1, static_cast<std::int64_t>(limit));
    while (s.step()) out.push_back({s.int64(0), s.text(1), s.text(2)});
    return out;
}

void RecordsStore::markSent(const std::vector<std::int64_t>& seqs) {
    sqlite::Transaction tx(db_);
    auto now = nowMs();
    sqlite::Statement s(db_, "UPDATE outbox SET sent_at = ? WHERE seq = ? AND sent_at IS NULL");
    for (auto seq : seqs) {
        s.bind(1, now).bind(2, seq);
        s.run();
        s.reset();
    }
    tx.commit();
}

std::size_t RecordsStore::pendingCount() const {
    sqlite::Statement s(db_, "SELECT count(*) FROM outbox WHERE sent_at IS NULL");
    return s.step() ? static_cast<std::size_t>(s.int64(0)) : 0;
}

std::optional<std::string> RecordsStore::setting(const std::string& key) const {
    sqlite::Statement s(db_, "SELECT value FROM settings WHERE key = ?");
    s.bind(1, key);
    if (!s.step()) return std::nullopt;
    return s.text(0);
}

void RecordsStore::setSetting(const std::string& key, const std::string& value) { setSettings({{key, value}}); }

void RecordsStore::setSettings(const std::map<std::string, std::string>& values) {
    sqlite::Transaction tx(db_);
    sqlite::Statement s(db_, "INSERT INTO settings (key, value) VALUES (?,?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    for (const auto& [key, value] : values) {
        s.bind(1, key).bind(2, value);
        s.run();
        s.reset();
    }
    tx.commit();
}

} // namespace pelita::sync
