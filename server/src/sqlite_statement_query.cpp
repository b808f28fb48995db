// SqliteStatementStore::query: GET /xapi/statements filters as one SQL query.
// Filters that follow StatementRefs (agent, verb, activity, registration) pick a
// base set; a recursive CTE adds every statement that references a member of
// it; then voided statements, since/until and the page window are applied.
#include <variant>

#include "sqlite_statement_store.h"

namespace pelita::server {

using nlohmann::json;

namespace {

using Binding = std::variant<std::string, std::int64_t>;

struct SqlBuilder {
    std::string sql;
    std::vector<Binding> bindings;
    void add(const std::string& clause, Binding value) {
        sql += clause;
        bindings.push_back(std::move(value));
    }
};

// The filters a StatementRef inherits from its target. Empty when none are set.
std::string referenceFilters(const StatementQuery& q, std::vector<Binding>& bindings) {
    SqlBuilder b;
    if (q.verbId) b.add(" AND s.verb_id = ?", *q.verbId);
    if (q.registration) b.add(" AND s.registration = ?", *q.registration);
    // IN over the key table, not a correlated EXISTS: SQLite then walks the
    // (key, seq) index for the few matching rows instead of every statement.
    if (q.agentKey)
        b.add(std::string(" AND s.seq IN (SELECT a.seq FROM statement_agents a WHERE a.ifi = ?") +
                  (q.relatedAgents ? ")" : " AND a.related = 0)"),
              *q.agentKey);
    if (q.activityId)
        b.add(std::string(" AND s.seq IN (SELECT a.seq FROM statement_activities a WHERE a.activity_id = ?") +
                  (q.relatedActivities ? ")" : " AND a.related = 0)"),
              *q.activityId);
    bindings.insert(bindings.end(), b.bindings.begin(), b.bindings.end());
    return b.sql;
}

SqlBuilder buildQuery(const StatementQuery& q, std::int64_t upTo) {
    SqlBuilder b;
    std::vector<Binding> filterBindings;
    const std::string filters = referenceFilters(q, filterBindings);
    if (!filters.empty()) {
        b.sql = "WITH RECURSIVE matched(seq, id) AS (SELECT s.seq, s.id FROM statements s WHERE s.seq <= ?";
        b.bindings.push_back(upTo);
        b.sql += filters;
        b.bindings.insert(b.bindings.end(), filterBindings.begin(), filterBindings.end());
        b.sql += " UNION SELECT t.seq, t.id FROM statements t JOIN matched m ON t.ref_id = m.id) "
                 "SELECT s.seq, s.statement_json FROM statements s JOIN matched m ON m.seq = s.seq WHERE 1 = 1";
    } else {
        b.sql = "SELECT s.seq, s.statement_json FROM statements s WHERE 1 = 1";
    }
    b.add(" AND s.voided = 0 AND s.seq <= ?", upTo);
    if (q.after) b.add(q.ascending ? " AND s.seq > ?" : " AND s.seq < ?", *q.after);
    if (q.since) b.add(" AND s.stored > ?", *q.since);
    if (q.until) b.add(" AND s.stored <= ?", *q.until);
    b.sql += q.ascending ? " ORDER BY s.seq ASC" : " ORDER BY s.seq DESC";
    // One extra row tells whether another page exists without a COUNT query.
    b.add(" LIMIT ?", static_cast<std::int64_t>(q.limit) + 1);
    return b;
}

} // namespace

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
        const auto built = buildQuery(q, page.upTo);
        Statement select(*db_, built.sql);
        for (size_t i = 0; i < built.bindings.size(); ++i)
            std::visit([&](const auto& v) { select.bind(static_cast<int>(i + 1), v); }, built.bindings[i]);
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
