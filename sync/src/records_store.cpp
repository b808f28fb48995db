// RecordsStore: opening, lesson progress and settings.
// Learners live in records_store_learners.cpp, quiz attempts in records_store_quiz.cpp,
// the outbox's sync side in records_store_outbox.cpp.
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
