#pragma once
// The SQL of GET /xapi/statements, shared by the SQLite and PostgreSQL stores
// (both hold the same tables and columns). Filters that follow StatementRefs
// (agent, verb, activity, registration) pick a base set; a recursive CTE adds
// every statement that references a member of it; then voided statements,
// since/until and the page window are applied.
// Thread notes: pure functions and a value type; any thread.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "statement_store.h"

namespace pelita::server {

using SqlBinding = std::variant<std::string, std::int64_t>;

struct StatementQuerySql {
    std::string sql; // '?' placeholders, in the order of `bindings`; rows are (seq, statement_json)
    std::vector<SqlBinding> bindings;
};

// The newest position a query may see: pass as upTo when the query has none.
inline constexpr const char* kNewestStatementSql = "SELECT COALESCE(MAX(seq), 0) FROM statements";

// Asks for one row more than q.limit, which tells whether another page exists.
StatementQuerySql statementQuerySql(const StatementQuery& q, std::int64_t upTo);

// Collects a page from the rows of statementQuerySql(), in order.
class StatementPageBuilder {
public:
    StatementPageBuilder(const StatementQuery& q, std::int64_t upTo) : limit_(q.limit) { page_.upTo = upTo; }
    // False once the page is full (the row then only marks that more match).
    bool add(std::int64_t seq, const std::string& statementJson);
    StatementPage take() { return std::move(page_); }

private:
    std::size_t limit_;
    std::int64_t lastSeq_ = 0;
    StatementPage page_;
};

} // namespace pelita::server
