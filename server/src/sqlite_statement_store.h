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

    Expected<Stored, StoreError> storeAll(const std::vector<StatementToStore>& batch,
                                          const std::vector<AttachmentContent>& attachments) override;
    Expected<std::optional<AttachmentContent>, std::string> attachment(const std::string& sha2) override;
    Expected<std::optional<FoundStatement>, std::string> findById(const std::string& id) override;
    Expected<StatementPage, std::string> query(const StatementQuery& query) override;
    Expected<std::optional<nlohmann::json>, std::string> activityDefinition(const std::string& id) override;

private:
    std::mutex mutex_;
    std::unique_ptr<Db> db_;
};

} // namespace pelita::server
