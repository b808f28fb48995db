#pragma once
// SqliteStatementStore: the embedded StatementStore over DIR/server.db.
// Thread notes: one connection guarded by a mutex; any thread may call.
// SQLite serialises writers anyway, so a single connection costs little.
#include <memory>
#include <mutex>

#include "sqlite_db.h"
#include "statement_store.h"

namespace pelita::server {

class SqliteStatementStore final : public StatementStore {
public:
    // Takes a connection from openServerDatabase().
    explicit SqliteStatementStore(std::unique_ptr<Db> db);

    Expected<Stored, StoreError> storeAll(const std::vector<StatementToStore>& batch) override;
    Expected<std::optional<nlohmann::json>, std::string> findById(const std::string& id) override;
    Expected<StatementPage, std::string> query(const StatementQuery& query) override;

private:
    std::mutex mutex_;
    std::unique_ptr<Db> db_;
};

} // namespace pelita::server
