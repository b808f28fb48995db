#include "pg_statement_store.h"

#include "pg_statement_batch.h"

#include "statement_index.h"
#include "storage_statement_query.h"

namespace pelita::server {

using nlohmann::json;

namespace {

// Voiding rules that need the stored statements (xAPI Data 2.3.2). Returns the
// problem, if any, with a voiding statement's target.
std::optional<std::string> voidTargetOf(PgConnection& db, const StatementToStore& s) {
    auto target = db.query("SELECT verb_id FROM statements WHERE id = $1", {*s.refId});
    if (target.rows() == 0) return std::nullopt; // may arrive later; it is voided then
    if (target.text(0, 0) == kVoidedVerb)
        return "statement " + s.id + " voids " + *s.refId + ", which is itself a voiding statement";
    db.query("UPDATE statements SET voided = 1 WHERE id = $1", {*s.refId});
    return std::nullopt;
}

// All of one statement's keys in one round trip.
void insertKeys(PgConnection& db, const char* table, const char* column, std::int64_t seq,
                const std::vector<IndexKey>& keys) {
    if (keys.empty()) return;
    std::string sql = std::string("INSERT INTO ") + table + " (seq, " + column + ", related) VALUES ";
    std::vector<PgParam> params{seq};
    for (size_t i = 0; i < keys.size(); ++i) {
        sql += (i ? ", " : "") + std::string("($1, $") + std::to_string(2 * i + 2) + ", $" + std::to_string(2 * i + 3) + ")";
        params.emplace_back(keys[i].key);
        params.emplace_back(std::int64_t{keys[i].related ? 1 : 0});
    }
    db.query(sql + " ON CONFLICT DO NOTHING", params);
}

void mergeDefinitions(PgConnection& db, const StatementToStore& s) {
    for (const auto& [id, incoming] : s.activityDefinitions) {
        auto stored = db.query("SELECT definition_json FROM activities WHERE id = $1 FOR UPDATE", {id});
        json canonical = stored.rows() ? json::parse(stored.text(0, 0)) : json::object();
        db.query("INSERT INTO activities (id, definition_json) VALUES ($1, $2) "
                 "ON CONFLICT (id) DO UPDATE SET definition_json = EXCLUDED.definition_json",
                 {id, mergeActivityDefinition(std::move(canonical), incoming).dump()});
    }
}

// Stores one statement; the error is a conflict or a voiding problem.
std::optional<StoreError> storeOne(PgConnection& db, const StatementToStore& s) {
    auto existing = db.query("SELECT comparison_json FROM statements WHERE id = $1", {s.id});
    if (existing.rows()) {
        if (existing.text(0, 0) == s.comparisonForm) return std::nullopt; // a retry: already stored
        return StoreError{StoreError::Kind::Conflict, "statement " + s.id + " is already stored with different content"};
    }
    if (s.voids())
        if (auto problem = voidTargetOf(db, s)) return StoreError{StoreError::Kind::Invalid, *problem};
    std::int64_t voided = 0;
    if (!s.voids())
        voided = db.query("SELECT 1 FROM statements WHERE ref_id = $1 AND verb_id = $2 LIMIT 1", {s.id, kVoidedVerb}).rows();
    auto inserted = db.query("INSERT INTO statements (id, stored, verb_id, statement_json, comparison_json, "
                             "registration, ref_id, voided) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING seq",
                             {s.id, s.stored, s.verbId, s.statement.dump(), s.comparisonForm, s.registration, s.refId,
                              voided});
    const auto seq = inserted.integer(0, 0);
    insertKeys(db, "statement_agents", "ifi", seq, s.agentKeys);
    insertKeys(db, "statement_activities", "activity_id", seq, s.activityKeys);
    mergeDefinitions(db, s);
    return std::nullopt;
}

} // namespace

PgStatementStore::PgStatementStore(std::shared_ptr<PgPool> pool) : pool_(std::move(pool)) {}

Expected<Stored, StoreError> PgStatementStore::storeAll(const std::vector<StatementToStore>& batch,
                                                        const std::vector<AttachmentContent>& attachments) {
    try {
        auto db = pool_->lease();
        PgTransaction tx(*db);
        db->query("SELECT id FROM statement_writer WHERE id = 1 FOR UPDATE");
        if (batchStorable(batch)) {
            if (auto refused = storeBatch(*db, batch)) return unexpected(*refused);
        } else {
            for (const auto& s : batch)
                if (auto refused = storeOne(*db, s)) return unexpected(*refused);
        }
        for (const auto& a : attachments)
            db->query("INSERT INTO attachments (sha2, content_type, content) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                      {a.sha2, a.contentType, PgParam::bytes(a.bytes)});
        tx.commit();
        return Stored{};
    } catch (const PgError& e) {
        return unexpected(StoreError{StoreError::Kind::Storage, std::string("storage error: ") + e.what()});
    }
}

Expected<std::optional<FoundStatement>, std::string> PgStatementStore::findById(const std::string& id) {
    try {
        auto db = pool_->lease();
        auto rows = db->query("SELECT statement_json, voided FROM statements WHERE id = $1", {id});
        if (!rows.rows()) return std::optional<FoundStatement>{};
        return std::optional<FoundStatement>{FoundStatement{json::parse(rows.text(0, 0)), rows.integer(0, 1) != 0}};
    } catch (const PgError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

Expected<std::optional<AttachmentContent>, std::string> PgStatementStore::attachment(const std::string& sha2) {
    try {
        auto db = pool_->lease();
        auto rows = db->query("SELECT content_type, content FROM attachments WHERE sha2 = $1", {sha2});
        if (!rows.rows()) return std::optional<AttachmentContent>{};
        return std::optional<AttachmentContent>{AttachmentContent{sha2, rows.text(0, 0), rows.bytes(0, 1)}};
    } catch (const PgError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

Expected<std::optional<json>, std::string> PgStatementStore::activityDefinition(const std::string& id) {
    try {
        auto db = pool_->lease();
        auto rows = db->query("SELECT definition_json FROM activities WHERE id = $1", {id});
        if (!rows.rows()) return std::optional<json>{};
        return std::optional<json>{json::parse(rows.text(0, 0))};
    } catch (const PgError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

Expected<StatementPage, std::string> PgStatementStore::query(const StatementQuery& q) {
    try {
        auto db = pool_->lease();
        const auto upTo = q.upTo ? *q.upTo : db->query(kNewestStatementSql).integer(0, 0);
        const auto built = statementQuerySql(q, upTo);
        std::vector<PgParam> params;
        for (const auto& b : built.bindings) std::visit([&](const auto& v) { params.emplace_back(v); }, b);
        auto rows = db->query(numberedPlaceholders(built.sql), params);
        StatementPageBuilder page(q, upTo);
        for (int r = 0; r < rows.rows() && page.add(rows.integer(r, 0), rows.text(r, 1)); ++r) {
        }
        return page.take();
    } catch (const PgError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

} // namespace pelita::server
