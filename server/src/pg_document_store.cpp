#include "pg_document_store.h"

namespace pelita::server {

namespace {

// substr/length rather than LIKE: scopes hold user text, and LIKE would need escaping.
constexpr const char* kScopeStartsWith = "substr(scope, 1, length($2::text)) = $2::text";

// Enough for any realistic burst of first writes to one document.
constexpr int kChangeAttempts = 8;

std::optional<Document> firstDocument(const PgResult& rows) {
    if (!rows.rows()) return std::nullopt;
    return Document{rows.text(0, 0), rows.bytes(0, 1), rows.text(0, 2), rows.text(0, 3)};
}

} // namespace

PgDocumentStore::PgDocumentStore(std::shared_ptr<PgPool> pool) : pool_(std::move(pool)) {}

Expected<std::optional<Document>, std::string> PgDocumentStore::find(DocumentKind kind, const std::string& scope,
                                                                    const std::string& id) {
    try {
        auto db = pool_->lease();
        return firstDocument(db->query("SELECT content_type, content, etag, updated FROM documents "
                                       "WHERE kind = $1 AND scope = $2 AND doc_id = $3",
                                       {documentKindName(kind), scope, id}));
    } catch (const PgError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

Expected<std::vector<std::string>, std::string> PgDocumentStore::ids(DocumentKind kind, const std::string& scopePrefix,
                                                                    const std::optional<std::string>& since) {
    try {
        auto db = pool_->lease();
        std::string sql = std::string("SELECT doc_id FROM documents WHERE kind = $1 AND ") + kScopeStartsWith;
        std::vector<PgParam> params{documentKindName(kind), scopePrefix};
        if (since) {
            sql += " AND updated > $3";
            params.emplace_back(*since);
        }
        // GROUP BY, not DISTINCT: DISTINCT forbids the COLLATE in ORDER BY.
        // COLLATE "C": byte order, as SQLite sorts, whatever the database's locale.
        auto rows = db->query(sql + " GROUP BY doc_id ORDER BY doc_id COLLATE \"C\"", params);
        std::vector<std::string> found;
        for (int r = 0; r < rows.rows(); ++r) found.push_back(rows.text(r, 0));
        return found;
    } catch (const PgError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

Expected<Stored, DocumentRefusal> PgDocumentStore::change(DocumentKind kind, const std::string& scope,
                                                          const std::string& id, const DocumentChange& change) {
    const std::string kindName = documentKindName(kind);
    for (int attempt = 1;; ++attempt) {
        try {
            auto db = pool_->lease();
            PgTransaction tx(*db);
            auto current = firstDocument(db->query("SELECT content_type, content, etag, updated FROM documents "
                                                   "WHERE kind = $1 AND scope = $2 AND doc_id = $3 FOR UPDATE",
                                                   {kindName, scope, id}));
            auto next = change(current);
            if (!next) return unexpected(next.error());
            if (*next && current) {
                const auto& d = **next;
                db->query("UPDATE documents SET content_type = $4, content = $5, etag = $6, updated = $7 "
                          "WHERE kind = $1 AND scope = $2 AND doc_id = $3",
                          {kindName, scope, id, d.contentType, PgParam::bytes(d.content), d.etag, d.updated});
            } else if (*next) {
                // No ON CONFLICT: a row another writer created meanwhile must
                // fail this attempt (23505) so the change runs again on it.
                const auto& d = **next;
                db->query("INSERT INTO documents (kind, scope, doc_id, content_type, content, etag, updated) "
                          "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                          {kindName, scope, id, d.contentType, PgParam::bytes(d.content), d.etag, d.updated});
            } else if (current) {
                db->query("DELETE FROM documents WHERE kind = $1 AND scope = $2 AND doc_id = $3", {kindName, scope, id});
            }
            tx.commit();
            return Stored{};
        } catch (const PgError& e) {
            if (isRetryable(e) && attempt < kChangeAttempts) continue;
            return unexpected(DocumentRefusal{500, std::string("storage error: ") + e.what()});
        }
    }
}

Expected<Stored, std::string> PgDocumentStore::removeAll(DocumentKind kind, const std::string& scopePrefix) {
    try {
        auto db = pool_->lease();
        db->query(std::string("DELETE FROM documents WHERE kind = $1 AND ") + kScopeStartsWith,
                  {documentKindName(kind), scopePrefix});
        return Stored{};
    } catch (const PgError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

} // namespace pelita::server
