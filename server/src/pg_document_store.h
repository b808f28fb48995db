#pragma once
// PgDocumentStore: the xAPI document resources in PostgreSQL.
// change() is atomic: the current row is read FOR UPDATE, so a concurrent
// change of the same document waits for this one and then sees its result.
// A document that does not exist yet has no row to lock; two first writes
// racing are caught by the primary key, and the loser runs its change again
// on the winner's document (the change function is pure, so that is safe).
// Thread notes: each call leases its own connection; any thread may call.
#include <memory>

#include "document_store.h"
#include "pg_pool.h"

namespace pelita::server {

class PgDocumentStore final : public DocumentStore {
public:
    // Requires a migrated database (pg_schema.h).
    explicit PgDocumentStore(std::shared_ptr<PgPool> pool);

    Expected<std::optional<Document>, std::string> find(DocumentKind kind, const std::string& scope,
                                                        const std::string& id) override;
    Expected<std::vector<std::string>, std::string> ids(DocumentKind kind, const std::string& scopePrefix,
                                                        const std::optional<std::string>& since) override;
    Expected<Stored, DocumentRefusal> change(DocumentKind kind, const std::string& scope, const std::string& id,
                                             const DocumentChange& change) override;
    Expected<Stored, std::string> removeAll(DocumentKind kind, const std::string& scopePrefix) override;

private:
    std::shared_ptr<PgPool> pool_;
};

} // namespace pelita::server
