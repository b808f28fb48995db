#pragma once
// PgStatementStore: the StatementStore in PostgreSQL.
// Writes: every batch first locks the one row of statement_writer, so batches
// commit one at a time, as they do on SQLite. That keeps the rules that read
// other batches' statements exact under READ COMMITTED (a voiding statement
// and its target arriving at once on two connections; the same id sent twice),
// and makes `seq` order equal commit order, which the paging snapshot (upTo)
// relies on: a page can never gain an older row that committed late.
// Reads take no lock and run in parallel on their own connections.
// Thread notes: each call leases its own connection; any thread may call.
#include <memory>

#include "pg_pool.h"
#include "statement_store.h"

namespace pelita::server {

class PgStatementStore final : public StatementStore {
public:
    // Requires a migrated database (pg_schema.h).
    explicit PgStatementStore(std::shared_ptr<PgPool> pool);

    Expected<Stored, StoreError> storeAll(const std::vector<StatementToStore>& batch,
                                          const std::vector<AttachmentContent>& attachments) override;
    Expected<std::optional<AttachmentContent>, std::string> attachment(const std::string& sha2) override;
    Expected<std::optional<FoundStatement>, std::string> findById(const std::string& id) override;
    Expected<StatementPage, std::string> query(const StatementQuery& query) override;
    Expected<std::optional<nlohmann::json>, std::string> activityDefinition(const std::string& id) override;

private:
    std::shared_ptr<PgPool> pool_;
};

} // namespace pelita::server
