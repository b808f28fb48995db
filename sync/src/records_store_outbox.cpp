// RecordsStore: the sync side of the outbox (what is pending, what the server
// confirmed) and the quarantine of statements the server refused for good.
// Appending happens with each learner action, in records_store.cpp.
#include <pelita/sync/clock.h>
#include <pelita/sync/records_store.h>

#include "sqlite.h"

#include <sqlite3.h>

#include <stdexcept>

namespace pelita::sync {

namespace {
std::size_t count(sqlite3* db, const char* sql) {
    sqlite::Statement s(db, sql);
    return s.step() ? static_cast<std::size_t>(s.int64(0)) : 0;
}
} // namespace

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

void RecordsStore::markCarried(const std::vector<std::int64_t>& seqs, std::int64_t now) {
    sqlite::Transaction tx(db_);
    sqlite::Statement s(db_, "UPDATE outbox SET carried_at = ? WHERE seq = ? AND sent_at IS NULL");
    for (auto seq : seqs) {
        s.bind(1, now).bind(2, seq);
        s.run();
        s.reset();
    }
    tx.commit();
}

std::size_t RecordsStore::pendingCount() const {
    return count(db_, "SELECT count(*) FROM outbox WHERE sent_at IS NULL");
}

std::optional<std::int64_t> RecordsStore::oldestPendingMs() const {
    sqlite::Statement s(db_, "SELECT min(created_at) FROM outbox WHERE sent_at IS NULL");
    if (!s.step() || s.isNull(0)) return std::nullopt;
    return s.int64(0);
}

OutboxCounts RecordsStore::outboxCounts() const {
    OutboxCounts c;
    sqlite::Statement s(db_, "SELECT count(*) FILTER (WHERE sent_at IS NULL), "
                             "count(*) FILTER (WHERE sent_at IS NULL AND carried_at IS NOT NULL), "
                             "count(*) FILTER (WHERE sent_at IS NOT NULL) FROM outbox");
    if (s.step()) {
        c.pending = static_cast<std::size_t>(s.int64(0));
        c.carried = static_cast<std::size_t>(s.int64(1));
        c.sent = static_cast<std::size_t>(s.int64(2));
    }
    c.quarantined = quarantineCount();
    return c;
}

void RecordsStore::quarantine(std::int64_t seq, const std::string& reason, int httpStatus) {
    sqlite::Transaction tx(db_);
    sqlite::Statement copy(db_, "INSERT INTO quarantine (statement_id, body, reason, http_status, created_at, "
                                "quarantined_at) SELECT statement_id, body, ?, ?, created_at, ? FROM outbox "
                                "WHERE seq = ? AND sent_at IS NULL "
                                "ON CONFLICT(statement_id) DO UPDATE SET reason = excluded.reason, "
                                "http_status = excluded.http_status, quarantined_at = excluded.quarantined_at");
    copy.bind(1, reason).bind(2, static_cast<std::int64_t>(httpStatus)).bind(3, nowMs()).bind(4, seq);
    copy.run();
    // The row must leave the outbox only if it really was pending: otherwise a
    // sent statement's local record would vanish.
    if (sqlite3_changes(db_) == 0)
        throw std::runtime_error("outbox entry " + std::to_string(seq) + " is not waiting to be sent");
    sqlite::Statement remove(db_, "DELETE FROM outbox WHERE seq = ?");
    remove.bind(1, seq);
    remove.run();
    tx.commit();
}

std::vector<QuarantinedStatement> RecordsStore::quarantined() const {
    std::vector<QuarantinedStatement> out;
    sqlite::Statement s(db_, "SELECT statement_id, body, reason, http_status, created_at, quarantined_at "
                             "FROM quarantine ORDER BY quarantined_at, created_at, statement_id");
    while (s.step())
        out.push_back({s.text(0), s.text(1), s.text(2), static_cast<int>(s.int64(3)), s.int64(4), s.int64(5)});
    return out;
}

std::size_t RecordsStore::quarantineCount() const { return count(db_, "SELECT count(*) FROM quarantine"); }

std::size_t RecordsStore::releaseQuarantine() {
    sqlite::Transaction tx(db_);
    sqlite::Statement move(db_, "INSERT INTO outbox (statement_id, body, created_at) "
                                "SELECT statement_id, body, created_at FROM quarantine "
                                "ORDER BY quarantined_at, created_at, statement_id");
    move.run();
    const auto released = static_cast<std::size_t>(sqlite3_changes(db_));
    sqlite::Statement clear(db_, "DELETE FROM quarantine");
    clear.run();
    tx.commit();
    return released;
}

} // namespace pelita::sync
