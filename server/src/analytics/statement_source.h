#pragma once
// StatementSource: the dashboard's reading of the LRS's statements, in stored
// order (by seq), from whichever database holds them: DIR/server.db itself
// (SQLite) or PostgreSQL, while the aggregates stay in SQLite (dashboard_store.h).
// The fold's watermark is a seq, and it is exact only because statements
// become visible in seq order, so that nothing can appear later below a seq
// already read: SQLite has one writer at a time, and PostgreSQL's writers
// queue on the statement_writer row lock (pg_statement_store.cpp) and commit
// before the next one draws a seq.
// Thread notes: any thread.
// Storage faults throw (SqliteError, PgError), which the fold turns into values.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace pelita::server {
class PgPool;
}

namespace pelita::server::analytics {

struct StoredStatementText {
    std::int64_t seq = 0;
    std::string json;
};

class StatementSource {
public:
    virtual ~StatementSource() = default;
    // Up to `limit` statements stored after `seq`, oldest first.
    virtual std::vector<StoredStatementText> after(std::int64_t seq, std::size_t limit) = 0;
    // How many statements were stored after `seq`.
    virtual std::int64_t countAfter(std::int64_t seq) = 0;
    // "SQLite DIR/server.db" or "PostgreSQL host:port/db", for error messages.
    virtual std::string describe() const = 0;
};

// The statements table of DATA/server.db, on a connection of its own.
std::unique_ptr<StatementSource> openSqliteStatementSource(const std::filesystem::path& dataDir);
// The statements table of the PostgreSQL database behind `pool`.
std::unique_ptr<StatementSource> postgresStatementSource(std::shared_ptr<PgPool> pool, std::string description);

} // namespace pelita::server::analytics
