#pragma once
// SqliteDocumentStore: the embedded DocumentStore over DIR/server.db.
// Thread notes: one connection guarded by a mutex; any thread may call.
#include <memory>
#include <mutex>

#include "document_store.h"
#include "sqlite_db.h"

namespace pelita::server {

class SqliteDocumentStore final : public DocumentStore {
public:
    // Takes a connection from openServerDatabase().
    explicit SqliteDocumentStore(std::unique_ptr<Db> db);

    Expected<std::optional<Document>, std::string> find(DocumentKind kind, const std::string& scope,
                                                        const std::string& id) override;
    Expected<std::vector<std::string>, std::string> ids(DocumentKind kind, const std::string& scopePrefix,
                                                        const std::optional<std::string>& since) override;
    Expected<Stored, DocumentRefusal> change(DocumentKind kind, const std::string& scope, const std::string& id,
                                             const DocumentChange& change) override;
    Expected<Stored, std::string> removeAll(DocumentKind kind, const std::string& scopePrefix) override;

private:
    std::optional<Document> read(DocumentKind kind, const std::string& scope, const std::string& id);

    std::mutex mutex_;
    std::unique_ptr<Db> db_;
};

} // namespace pelita::server
