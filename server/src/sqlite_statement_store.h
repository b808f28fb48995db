#pragma once
// SqliteStatementStore: the embedded StatementStore over DIR/server.db.
// Batches stored at the same time are committed together (group_commit.h):
// one fsync for all of them, each answered once that commit is on disk.
// Thread notes: one connection guarded by a mutex; any thread may call.
// SQLite serialises writers anyway, so a single connection costs little.
#include <memory>
#include <mutex>

#include "group_commit.h"
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
    struct WriteRequest {
        const std::vector<StatementToStore>* batch;
        const std::vector<AttachmentContent>* attachments;
    };
    using Outcome = Expected<Stored, StoreError>;
    std::vector<Outcome> writeGroup(const std::vector<const WriteRequest*>& group);

    std::mutex mutex_;
    std::unique_ptr<Db> db_;
    GroupCommit<WriteRequest, Outcome> writes_;
};

} // namespace pelita::server
