#include "storage_statement_query.h"

namespace pelita::server {

namespace {

struct SqlBuilder {
    std::string sql;
    std::vector<SqlBinding> bindings;
    void add(const std::string& clause, SqlBinding value) {
        sql += clause;
        bindings.push_back(std::move(value));
    }
};

// The filters a StatementRef inherits from its target. Empty when none are set.
SqlBuilder referenceFilters(const StatementQuery& q) {
    SqlBuilder b;
    if (q.verbId) b.add(" AND s.verb_id = ?", *q.verbId);
    if (q.registration) b.add(" AND s.registration = ?", *q.registration);
    // IN over the key table, not a correlated EXISTS: the database then walks
    // the (key, seq) index for the few matching rows instead of every statement.
    if (q.agentKey)
        b.add(std::string(" AND s.seq IN (SELECT a.seq FROM statement_agents a WHERE a.ifi = ?") +
                  (q.relatedAgents ? ")" : " AND a.related = 0)"),
              *q.agentKey);
    if (q.activityId)
        b.add(std::string(" AND s.seq IN (SELECT a.seq FROM statement_activities a WHERE a.activity_id = ?") +
                  (q.relatedActivities ? ")" : " AND a.related = 0)"),
              *q.activityId);
    return b;
}

} // namespace

StatementQuerySql statementQuerySql(const StatementQuery& q, std::int64_t upTo) {
    SqlBuilder b;
    const auto filters = referenceFilters(q);
    if (!filters.sql.empty()) {
        b.add("WITH RECURSIVE matched(seq, id) AS (SELECT s.seq, s.id FROM statements s WHERE s.seq <= ?", upTo);
        b.sql += filters.sql;
        b.bindings.insert(b.bindings.end(), filters.bindings.begin(), filters.bindings.end());
        b.sql += " UNION SELECT t.seq, t.id FROM statements t JOIN matched m ON t.ref_id = m.id) "
                 "SELECT s.seq, s.statement_json FROM statements s JOIN matched m ON m.seq = s.seq WHERE 1 = 1";
    } else {
        b.sql = "SELECT s.seq, s.statement_json FROM statements s WHERE 1 = 1";
    }
    b.add(" AND s.voided = 0 AND s.seq <= ?", upTo);
    if (q.authorityKey) // the authority is indexed as a related agent (statement_index.cpp)
        b.add(" AND s.seq IN (SELECT a.seq FROM statement_agents a WHERE a.ifi = ? AND a.related = 1)", *q.authorityKey);
    if (q.after) b.add(q.ascending ? " AND s.seq > ?" : " AND s.seq < ?", *q.after);
    if (q.since) b.add(" AND s.stored > ?", *q.since);
    if (q.until) b.add(" AND s.stored <= ?", *q.until);
    b.sql += q.ascending ? " ORDER BY s.seq ASC" : " ORDER BY s.seq DESC";
    b.add(" LIMIT ?", static_cast<std::int64_t>(q.limit) + 1);
    return {std::move(b.sql), std::move(b.bindings)};
}

bool StatementPageBuilder::add(std::int64_t seq, const std::string& statementJson) {
    if (page_.statements.size() == limit_) {
        page_.nextCursor = lastSeq_;
        return false;
    }
    lastSeq_ = seq;
    page_.statements.push_back(nlohmann::json::parse(statementJson));
    return true;
}

} // namespace pelita::server
