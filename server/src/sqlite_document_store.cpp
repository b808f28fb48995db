#include "sqlite_document_store.h"

namespace pelita::server {

namespace {

// substr/length rather than LIKE: scopes hold user text, and LIKE would need escaping.
constexpr const char* kScopeStartsWith = "substr(scope, 1, length(?2)) = ?2";

} // namespace

SqliteDocumentStore::SqliteDocumentStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

std::optional<Document> SqliteDocumentStore::read(DocumentKind kind, const std::string& scope, const std::string& id) {
    Statement select(*db_, "SELECT content_type, content, etag, updated FROM documents "
                           "WHERE kind = ? AND scope = ? AND doc_id = ?");
    select.bind(1, documentKindName(kind)).bind(2, scope).bind(3, id);
    if (!select.step()) return std::nullopt;
    return Document{select.columnText(0), select.columnBlob(1), select.columnText(2), select.columnText(3)};
}

Expected<std::optional<Document>, std::string> SqliteDocumentStore::find(DocumentKind kind, const std::string& scope,
                                                                        const std::string& id) {
    std::lock_guard lock(mutex_);
    try {
        return read(kind, scope, id);
    } catch (const SqliteError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

Expected<std::vector<std::string>, std::string> SqliteDocumentStore::ids(DocumentKind kind,
                                                                        const std::string& scopePrefix,
                                                                        const std::optional<std::string>& since) {
    std::lock_guard lock(mutex_);
    try {
        std::string sql = std::string("SELECT DISTINCT doc_id FROM documents WHERE kind = ?1 AND ") + kScopeStartsWith;
        if (since) sql += " AND updated > ?3";
        Statement select(*db_, sql + " ORDER BY doc_id");
        select.bind(1, documentKindName(kind)).bind(2, scopePrefix);
        if (since) select.bind(3, *since);
        std::vector<std::string> found;
        while (select.step()) found.push_back(select.columnText(0));
        return found;
    } catch (const SqliteError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

Expected<Stored, DocumentRefusal> SqliteDocumentStore::change(DocumentKind kind, const std::string& scope,
                                                              const std::string& id, const DocumentChange& change) {
    std::lock_guard lock(mutex_);
    try {
        Transaction tx(*db_);
        auto next = change(read(kind, scope, id));
        if (!next) return unexpected(next.error());
        if (*next) {
            Statement upsert(*db_, "INSERT INTO documents (kind, scope, doc_id, content_type, content, etag, updated) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (kind, scope, doc_id) DO UPDATE "
                                   "SET content_type = ?4, content = ?5, etag = ?6, updated = ?7");
            const auto& d = **next;
            upsert.bind(1, documentKindName(kind)).bind(2, scope).bind(3, id).bind(4, d.contentType).bindBlob(5, d.content);
            upsert.bind(6, d.etag).bind(7, d.updated);
            upsert.run();
        } else {
            Statement remove(*db_, "DELETE FROM documents WHERE kind = ? AND scope = ? AND doc_id = ?");
            remove.bind(1, documentKindName(kind)).bind(2, scope).bind(3, id);
            remove.run();
        }
        tx.commit();
        return Stored{};
    } catch (const SqliteError& e) {
        return unexpected(DocumentRefusal{500, std::string("storage error: ") + e.what()});
    }
}

Expected<Stored, std::string> SqliteDocumentStore::removeAll(DocumentKind kind, const std::string& scopePrefix) {
    std::lock_guard lock(mutex_);
    try {
        Statement remove(*db_, std::string("DELETE FROM documents WHERE kind = ?1 AND ") + kScopeStartsWith);
        remove.bind(1, documentKindName(kind)).bind(2, scopePrefix);
        remove.run();
        return Stored{};
    } catch (const SqliteError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

} // namespace pelita::server
