#include "sqlite_statement_store.h"

#include "statement_index.h"

namespace pelita::server {

using nlohmann::json;

namespace {

// The statements one transaction needs, prepared once per group of batches.
struct WriteStatements {
    explicit WriteStatements(Db& db)
        : existing(db, "SELECT comparison_json FROM statements WHERE id = ?"),
          target(db, "SELECT verb_id FROM statements WHERE id = ?"),
          voidTarget(db, "UPDATE statements SET voided = 1 WHERE id = ?"),
          voidedAlready(db, "SELECT 1 FROM statements WHERE ref_id = ? AND verb_id = ? LIMIT 1"),
          insert(db, "INSERT INTO statements (id, stored, verb_id, statement_json, comparison_json, registration, "
                     "ref_id, voided) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
          insertAgent(db, "INSERT OR IGNORE INTO statement_agents (seq, ifi, related) VALUES (?, ?, ?)"),
          insertActivity(db, "INSERT OR IGNORE INTO statement_activities (seq, activity_id, related) VALUES (?, ?, ?)"),
          definition(db, "SELECT definition_json FROM activities WHERE id = ?"),
          saveDefinition(db, "INSERT INTO activities (id, definition_json) VALUES (?1, ?2) "
                             "ON CONFLICT (id) DO UPDATE SET definition_json = ?2"),
          insertAttachment(db, "INSERT OR IGNORE INTO attachments (sha2, content_type, content) VALUES (?, ?, ?)") {}
    Statement existing, target, voidTarget, voidedAlready, insert, insertAgent, insertActivity, definition,
        saveDefinition, insertAttachment;
};

// Voiding rules that need the stored statements (xAPI Data 2.3.2). Returns the
// problem, if any, with a voiding statement's target.
std::optional<std::string> voidTargetOf(WriteStatements& w, const StatementToStore& s) {
    w.target.reset();
    w.target.bind(1, *s.refId);
    if (!w.target.step()) return std::nullopt; // may arrive later; it is voided then
    if (w.target.columnText(0) == kVoidedVerb)
        return "statement " + s.id + " voids " + *s.refId + ", which is itself a voiding statement";
    w.voidTarget.reset();
    w.voidTarget.bind(1, *s.refId);
    w.voidTarget.run();
    return std::nullopt;
}

void insertKeys(Statement& insert, std::int64_t seq, const std::vector<IndexKey>& keys) {
    for (const auto& k : keys) {
        insert.reset();
        insert.bind(1, seq).bind(2, k.key).bind(3, std::int64_t{k.related ? 1 : 0});
        insert.run();
    }
}

void mergeDefinitions(WriteStatements& w, const StatementToStore& s) {
    for (const auto& [id, incoming] : s.activityDefinitions) {
        w.definition.reset();
        w.definition.bind(1, id);
        json canonical = w.definition.step() ? json::parse(w.definition.columnText(0)) : json::object();
        w.saveDefinition.reset();
        w.saveDefinition.bind(1, id).bind(2, mergeActivityDefinition(std::move(canonical), incoming).dump());
        w.saveDefinition.run();
    }
}

// One batch inside the group's transaction; a refusal leaves the caller to
// roll back its savepoint.
Expected<Stored, StoreError> writeBatch(Db& db, WriteStatements& w, const std::vector<StatementToStore>& batch,
                                       const std::vector<AttachmentContent>& attachments) {
    for (const auto& s : batch) {
        w.existing.reset();
        w.existing.bind(1, s.id);
        if (w.existing.step()) {
            if (w.existing.columnText(0) == s.comparisonForm) continue; // a retry: already stored
            return unexpected(StoreError{StoreError::Kind::Conflict,
                                         "statement " + s.id + " is already stored with different content"});
        }
        if (s.voids())
            if (auto problem = voidTargetOf(w, s)) return unexpected(StoreError{StoreError::Kind::Invalid, *problem});
        bool voided = false;
        if (!s.voids()) {
            w.voidedAlready.reset();
            w.voidedAlready.bind(1, s.id).bind(2, kVoidedVerb);
            voided = w.voidedAlready.step();
        }
        w.insert.reset();
        w.insert.bind(1, s.id).bind(2, s.stored).bind(3, s.verbId).bind(4, s.statement.dump()).bind(5, s.comparisonForm);
        w.insert.bindOptional(6, s.registration).bindOptional(7, s.refId).bind(8, std::int64_t{voided ? 1 : 0});
        w.insert.run();
        const auto seq = db.lastInsertRowId();
        insertKeys(w.insertAgent, seq, s.agentKeys);
        insertKeys(w.insertActivity, seq, s.activityKeys);
        mergeDefinitions(w, s);
    }
    for (const auto& a : attachments) {
        w.insertAttachment.reset();
        w.insertAttachment.bind(1, a.sha2).bind(2, a.contentType).bindBlob(3, a.bytes);
        w.insertAttachment.run();
    }
    return Stored{};
}

} // namespace

SqliteStatementStore::SqliteStatementStore(std::unique_ptr<Db> db)
    : db_(std::move(db)), writes_([this](const auto& group) { return writeGroup(group); }) {}

Expected<Stored, StoreError> SqliteStatementStore::storeAll(const std::vector<StatementToStore>& batch,
                                                            const std::vector<AttachmentContent>& attachments) {
    return writes_.write(WriteRequest{&batch, &attachments});
}

std::vector<SqliteStatementStore::Outcome> SqliteStatementStore::writeGroup(
    const std::vector<const WriteRequest*>& group) {
    std::lock_guard lock(mutex_);
    std::vector<Outcome> outcomes;
    try {
        Transaction tx(*db_);
        WriteStatements w(*db_);
        for (const auto* request : group) {
            db_->exec("SAVEPOINT batch");
            outcomes.push_back(writeBatch(*db_, w, *request->batch, *request->attachments));
            db_->exec(outcomes.back() ? "RELEASE batch" : "ROLLBACK TO batch; RELEASE batch");
        }
        tx.commit();
        return outcomes;
    } catch (const SqliteError& e) {
        // Nothing of the group was committed: every batch that was not refused
        // on its own merits failed with it (and may be sent again).
        outcomes.resize(group.size(), Outcome{Stored{}});
        for (auto& outcome : outcomes)
            if (outcome) outcome = unexpected(StoreError{StoreError::Kind::Storage, std::string("storage error: ") + e.what()});
        return outcomes;
    }
}

Expected<std::optional<FoundStatement>, std::string> SqliteStatementStore::findById(const std::string& id) {
    std::lock_guard lock(mutex_);
    try {
        Statement select(*db_, "SELECT statement_json, voided FROM statements WHERE id = ?");
        select.bind(1, id);
        if (!select.step()) return std::optional<FoundStatement>{};
        return std::optional<FoundStatement>{FoundStatement{json::parse(select.columnText(0)), select.columnInt(1) != 0}};
    } catch (const SqliteError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

Expected<std::optional<AttachmentContent>, std::string> SqliteStatementStore::attachment(const std::string& sha2) {
    std::lock_guard lock(mutex_);
    try {
        Statement select(*db_, "SELECT content_type, content FROM attachments WHERE sha2 = ?");
        select.bind(1, sha2);
        if (!select.step()) return std::optional<AttachmentContent>{};
        return std::optional<AttachmentContent>{AttachmentContent{sha2, select.columnText(0), select.columnBlob(1)}};
    } catch (const SqliteError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

Expected<std::optional<json>, std::string> SqliteStatementStore::activityDefinition(const std::string& id) {
    std::lock_guard lock(mutex_);
    try {
        Statement select(*db_, "SELECT definition_json FROM activities WHERE id = ?");
        select.bind(1, id);
        if (!select.step()) return std::optional<json>{};
        return std::optional<json>{json::parse(select.columnText(0))};
    } catch (const SqliteError& e) {
        return unexpected(std::string("storage error: ") + e.what());
    }
}

} // namespace pelita::server
