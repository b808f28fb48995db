// SqliteStatementStore::query: GET /xapi/statements filters as one SQL query
// (built in storage_statement_query.h, shared with PostgreSQL).
#include "sqlite_statement_store.h"
#include "storage_statement_query.h"

namespace pelita::server {

Expected<StatementPage, std::string> SqliteStatementStore::query(const StatementQuery& q) {
    std::lock_guard lock(mutex_);
    try {
        std::int64_t upTo = 0;
        if (q.upTo) {
            upTo = *q.upTo;
        } else {
            Statement newest(*db_, kNewestStatementSql);
            newest.step();
            upTo = newest.columnInt(0);
        }
        const auto built = statementQuerySql(q, upTo);
        Statement select(*db_, built.sql);
        for (size_t i = 0; i < built.bindings.size(); ++i)
            std::visit([&](const auto& v) { select.bind(static_cast<int>(i + 1), v); }, built.bindings[i]);
        StatementPageBuilder page(q, upTo);
        while (select.step() && page.add(select.columnInt(0), select.columnText(1))) {
        }
        return page.take();
    } catch (const SqliteError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

} // namespace pelita::server
