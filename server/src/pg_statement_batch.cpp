#include "pg_statement_batch.h"

#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "statement_index.h"

namespace pelita::server {

using nlohmann::json;

namespace {

// Rows per statement for the VALUES and IN lists below (activity definitions, the
// ids of a retried batch), far from PostgreSQL's limit of 65 535 parameters.
constexpr std::size_t kRowsPerQuery = 1000;

// "$first, $first+1, ..." for `count` parameters.
std::string placeholders(std::size_t first, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += (i ? ", $" : "$") + std::to_string(first + i);
    return out;
}

// Runs `head` + "(...), (...)" + `tail` over `params`, `width` to a row, in
// chunks of kRowsPerQuery rows; `each` sees every chunk's result.
template <class Each>
void forRows(PgConnection& db, const std::string& head, std::size_t width, const std::vector<PgParam>& params,
             const std::string& tail, Each&& each) {
    for (std::size_t begin = 0; begin < params.size(); begin += width * kRowsPerQuery) {
        const std::size_t end = std::min(params.size(), begin + width * kRowsPerQuery);
        std::string sql = head;
        for (std::size_t row = begin; row < end; row += width)
            sql += (row == begin ? "(" : ", (") + placeholders(row - begin + 1, width) + ")";
        each(db.query(sql + tail, std::vector<PgParam>(params.begin() + static_cast<std::ptrdiff_t>(begin),
                                                        params.begin() + static_cast<std::ptrdiff_t>(end))));
    }
}

// Runs `head` + "IN (...)" + `tail` for `values` (as $2... after `first`, if
// given, as $1), in chunks; `each` sees every chunk's result.
template <class Each>
void forValues(PgConnection& db, const std::string& head, const std::optional<std::string>& first,
               const std::vector<std::string>& values, const std::string& tail, Each&& each) {
    const std::size_t offset = first ? 2 : 1;
    for (std::size_t begin = 0; begin < values.size(); begin += kRowsPerQuery) {
        const std::size_t end = std::min(values.size(), begin + kRowsPerQuery);
        std::vector<PgParam> params;
        if (first) params.emplace_back(*first);
        for (std::size_t i = begin; i < end; ++i) params.emplace_back(values[i]);
        each(db.query(head + "IN (" + placeholders(offset, end - begin) + ")" + tail, params));
    }
}

// Folds every definition the statements carry into the stored ones, in
// statement order, and writes each activity's result once.
void mergeDefinitions(PgConnection& db, const std::vector<const StatementToStore*>& statements) {
    std::vector<std::string> ids;
    std::unordered_map<std::string, json> merged;
    for (const auto* s : statements)
        for (const auto& [id, incoming] : s->activityDefinitions)
            if (merged.emplace(id, json::object()).second) ids.push_back(id);
    if (ids.empty()) return;
    forValues(db, "SELECT id, definition_json FROM activities WHERE id ", std::nullopt, ids, " FOR UPDATE",
              [&](const PgResult& rows) {
                  for (int r = 0; r < rows.rows(); ++r) merged[rows.text(r, 0)] = json::parse(rows.text(r, 1));
              });
    for (const auto* s : statements)
        for (const auto& [id, incoming] : s->activityDefinitions)
            merged[id] = mergeActivityDefinition(std::move(merged[id]), incoming);
    std::vector<PgParam> params;
    for (const auto& id : ids) {
        params.emplace_back(id);
        params.emplace_back(merged[id].dump());
    }
    forRows(db, "INSERT INTO activities (id, definition_json) VALUES ", 2, params,
            " ON CONFLICT (id) DO UPDATE SET definition_json = EXCLUDED.definition_json", [](const PgResult&) {});
}

// The statements of a batch and their index keys as columns of text, each sent
// as one PostgreSQL array: one SQL text for every batch, parsed and planned in a
// fraction of the time a VALUES list of hundreds of parameters took.
struct BatchColumns {
    std::vector<std::optional<std::string>> id, stored, verbId, statement, comparison, registration, refId;
    struct Keys {
        std::vector<std::optional<std::string>> id, key, related;
    } agents, activities;

    explicit BatchColumns(const std::vector<StatementToStore>& batch) {
        for (const auto& s : batch) {
            id.push_back(s.id);
            stored.push_back(s.stored);
            verbId.push_back(s.verbId);
            statement.push_back(s.statement.dump());
            comparison.push_back(s.comparisonForm);
            registration.push_back(s.registration);
            refId.push_back(s.refId);
            add(agents, s, s.agentKeys);
            add(activities, s, s.activityKeys);
        }
    }
    static void add(Keys& keys, const StatementToStore& s, const std::vector<IndexKey>& from) {
        for (const auto& k : from) {
            keys.id.push_back(s.id);
            keys.key.push_back(k.key);
            keys.related.push_back(k.related ? "1" : "0");
        }
    }
};

// One round trip stores the batch: the statements not stored yet, in batch order
// (each marked voided if a voiding statement stored earlier targets it) and,
// joined to the seq each was given, their agent and activity keys. The
// data-modifying CTEs run as one statement. It runs after the statement_writer
// lock is taken, in a statement of its own: a READ COMMITTED statement sees what
// committed before it began, so one that began before waiting for the lock
// would miss a voiding statement committed by the batch it waited for.
constexpr const char* kInsertBatchSql = R"sql(
WITH incoming AS (
    SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
        WITH ORDINALITY AS i (id, stored, verb_id, statement_json, comparison_json, registration, ref_id, n)
), fresh AS (
    INSERT INTO statements (id, stored, verb_id, statement_json, comparison_json, registration, ref_id, voided)
    SELECT i.id, i.stored, i.verb_id, i.statement_json, i.comparison_json, i.registration, i.ref_id,
           CASE WHEN EXISTS (SELECT 1 FROM statements v WHERE v.verb_id = $1 AND v.ref_id = i.id) THEN 1 ELSE 0 END
    FROM incoming i ORDER BY i.n
    ON CONFLICT (id) DO NOTHING
    RETURNING id, seq
), agent_keys AS (
    INSERT INTO statement_agents (seq, ifi, related)
    SELECT f.seq, k.key, k.related::integer
    FROM fresh f JOIN unnest($9::text[], $10::text[], $11::text[]) AS k (id, key, related) ON k.id = f.id
    ON CONFLICT DO NOTHING
), activity_keys AS (
    INSERT INTO statement_activities (seq, activity_id, related)
    SELECT f.seq, k.key, k.related::integer
    FROM fresh f JOIN unnest($12::text[], $13::text[], $14::text[]) AS k (id, key, related) ON k.id = f.id
    ON CONFLICT DO NOTHING
)
SELECT id, seq FROM fresh
)sql";

} // namespace

bool batchStorable(const std::vector<StatementToStore>& batch) {
    std::set<std::string_view> ids;
    for (const auto& s : batch)
        if (s.voids() || !ids.insert(s.id).second) return false;
    return true;
}

std::optional<StoreError> storeBatch(PgConnection& db, const std::vector<StatementToStore>& batch) {
    const BatchColumns columns(batch);
    const auto result = db.query(kInsertBatchSql,
                               {std::string(kVoidedVerb), PgParam::textArray(columns.id),
                                PgParam::textArray(columns.stored), PgParam::textArray(columns.verbId),
                                PgParam::textArray(columns.statement), PgParam::textArray(columns.comparison),
                                PgParam::textArray(columns.registration), PgParam::textArray(columns.refId),
                                PgParam::textArray(columns.agents.id), PgParam::textArray(columns.agents.key),
                                PgParam::textArray(columns.agents.related), PgParam::textArray(columns.activities.id),
                                PgParam::textArray(columns.activities.key),
                                PgParam::textArray(columns.activities.related)});
    std::unordered_map<std::string, std::int64_t> inserted; // id -> seq
    for (int r = 0; r < result.rows(); ++r) inserted[result.text(r, 0)] = result.integer(r, 1);

    // A statement not stored now was stored before: a retry if the same, else the
    // batch is refused (409, the first such in batch order), and the caller's
    // rollback takes back what this batch stored.
    std::vector<std::string> before;
    for (const auto& s : batch)
        if (!inserted.count(s.id)) before.push_back(s.id);
    std::unordered_map<std::string, std::string> stored; // id -> comparison form
    forValues(db, "SELECT id, comparison_json FROM statements WHERE id ", std::nullopt, before, "",
              [&](const PgResult& rows) {
                  for (int r = 0; r < rows.rows(); ++r) stored.emplace(rows.text(r, 0), rows.text(r, 1));
              });
    std::vector<const StatementToStore*> fresh;
    for (const auto& s : batch) {
        if (inserted.count(s.id)) {
            fresh.push_back(&s);
            continue;
        }
        const auto found = stored.find(s.id);
        if (found != stored.end() && found->second != s.comparisonForm)
            return StoreError{StoreError::Kind::Conflict, "statement " + s.id + " is already stored with different content"};
    }
    mergeDefinitions(db, fresh);
    return std::nullopt;
}

} // namespace pelita::server
