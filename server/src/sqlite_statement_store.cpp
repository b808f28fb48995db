#include "sqlite_statement_store.h"

namespace pelita::server {

using nlohmann::json;

SqliteStatementStore::SqliteStatementStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

Expected<Stored, StoreError> SqliteStatementStore::storeAll(const std::vector<StatementToStore>& batch) {
    std::lock_guard lock(mutex_);
    try {
        Transaction tx(*db_);
        Statement existing(*db_, "SELECT comparison_json FROM statements WHERE id = ?");
        Statement insert(*db_, "INSERT INTO statements (id, stored, verb_id, statement_json, comparison_json) "
                               "VALUES (?, ?, ?, ?, ?)");
        Statement insertAgent(*db_, "INSERT OR IGNORE INTO statement_agents (seq, ifi) VALUES (?, ?)");
        for (const auto& s : batch) {
            existing.reset();
            existing.bind(1, s.id);
            if (existing.step()) {
                if (existing.columnText(0) == s.comparisonForm) continue; // a retry: already stored
                return unexpected(StoreError{StoreError::Kind::Conflict,
                                             "statement " + s.id + " is already stored with different content"});
            }
            insert.reset();
            insert.bind(1, s.id).bind(2, s.stored).bind(3, s.verbId).bind(4, s.statement.dump()).bind(5, s.comparisonForm);
            insert.run();
            const auto seq = db_->lastInsertRowId();
            for (const auto& key : s.agentKeys) {
                insertAgent.reset();
                insertAgent.bind(1, seq).bind(2, key);
                insertAgent.run();
            }
        }
        tx.commit();
        return Stored{};
    } catch (const SqliteError& e) {
        return unexpected(StoreError{StoreError::Kind::Storage, std::string("storage error: ") + e.what()});
    }
}

Expected<std::optional<json>, std::string> SqliteStatementStore::findById(const std::string& id) {
    std::lock_guard lock(mutex_);
    try {
        Statement select(*db_, "SELECT statement_json FROM statements WHERE id = ?");
        select.bind(1, id);
        if (!select.step()) return std::optional<json>{};
        return std::optional<json>{json::parse(select.columnText(0))};
    } catch (const SqliteError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

Expected<StatementPage, std::string> SqliteStatementStore::query(const StatementQuery& q) {
    std::lock_guard lock(mutex_);
    try {
        StatementPage page;
        if (q.upTo) {
            page.upTo = *q.upTo;
        } else {
            Statement newest(*db_, "SELECT COALESCE(MAX(seq), 0) FROM statements");
            newest.step();
            page.upTo = newest.columnInt(0);
        }
        std::string sql = "SELECT seq, statement_json FROM statements s WHERE seq <= ?1";
        if (q.after) sql += q.ascending ? " AND seq > ?2" : " AND seq < ?2";
        if (q.verbId) sql += " AND verb_id = ?3";
        if (q.agentKey) sql += " AND EXISTS (SELECT 1 FROM statement_agents a WHERE a.ifi = ?4 AND a.seq = s.seq)";
        sql += q.ascending ? " ORDER BY seq ASC" : " ORDER BY seq DESC";
        sql += " LIMIT ?5";
        Statement select(*db_, sql);
        select.bind(1, page.upTo);
        if (q.after) select.bind(2, *q.after);
        if (q.verbId) select.bind(3, *q.verbId);
        if (q.agentKey) select.bind(4, *q.agentKey);
        // One extra row tells whether another page exists without a COUNT query.
        select.bind(5, static_cast<std::int64_t>(q.limit) + 1);
        std::int64_t lastSeq = 0;
        while (select.step()) {
            if (page.statements.size() == q.limit) {
                page.nextCursor = lastSeq;
                break;
            }
            lastSeq = select.columnInt(0);
            page.statements.push_back(json::parse(select.columnText(1)));
        }
        return page;
    } catch (const SqliteError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

} // namespace pelita::server
