#include "statement_source.h"

#include <mutex>

#include "pg_pool.h"
#include "server_database.h"

namespace pelita::server::analytics {

namespace {

class SqliteStatementSource final : public StatementSource {
public:
    SqliteStatementSource(std::unique_ptr<Db> db, std::string description)
        : db_(std::move(db)), description_(std::move(description)),
          after_(*db_, "SELECT seq, statement_json FROM statements WHERE seq > ? ORDER BY seq LIMIT ?"),
          count_(*db_, "SELECT count(*) FROM statements WHERE seq > ?") {}

    std::vector<StoredStatementText> after(std::int64_t seq, std::size_t limit) override {
        std::lock_guard lock(mutex_);
        after_.reset();
        after_.bind(1, seq).bind(2, static_cast<std::int64_t>(limit));
        std::vector<StoredStatementText> rows;
        while (after_.step()) rows.push_back({after_.columnInt(0), after_.columnText(1)});
        after_.reset();
        return rows;
    }

    std::int64_t countAfter(std::int64_t seq) override {
        std::lock_guard lock(mutex_);
        count_.reset();
        count_.bind(1, seq);
        count_.step();
        const auto count = count_.columnInt(0);
        count_.reset();
        return count;
    }

    std::string describe() const override { return description_; }

private:
    std::mutex mutex_;
    std::unique_ptr<Db> db_;
    std::string description_;
    Statement after_;
    Statement count_;
};

class PostgresStatementSource final : public StatementSource {
public:
    PostgresStatementSource(std::shared_ptr<PgPool> pool, std::string description)
        : pool_(std::move(pool)), description_(std::move(description)) {}

    std::vector<StoredStatementText> after(std::int64_t seq, std::size_t limit) override {
        auto db = pool_->lease();
        auto result = db->query("SELECT seq, statement_json FROM statements WHERE seq > $1 ORDER BY seq LIMIT $2",
                                {seq, static_cast<std::int64_t>(limit)});
        std::vector<StoredStatementText> rows;
        rows.reserve(static_cast<std::size_t>(result.rows()));
        for (int row = 0; row < result.rows(); ++row) rows.push_back({result.integer(row, 0), result.text(row, 1)});
        return rows;
    }

    std::int64_t countAfter(std::int64_t seq) override {
        auto db = pool_->lease();
        return db->query("SELECT count(*) FROM statements WHERE seq > $1", {seq}).integer(0, 0);
    }

    std::string describe() const override { return description_; }

private:
    std::shared_ptr<PgPool> pool_;
    std::string description_;
};

} // namespace

std::unique_ptr<StatementSource> openSqliteStatementSource(const std::filesystem::path& dataDir) {
    auto db = openServerDatabase(dataDir);
    if (!db) throw SqliteError(db.error());
    return std::make_unique<SqliteStatementSource>(std::move(db).value(), "SQLite " + (dataDir / "server.db").string());
}

std::unique_ptr<StatementSource> postgresStatementSource(std::shared_ptr<PgPool> pool, std::string description) {
    return std::make_unique<PostgresStatementSource>(std::move(pool), std::move(description));
}

} // namespace pelita::server::analytics
