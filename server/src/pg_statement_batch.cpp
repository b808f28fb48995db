#include "pg_statement_batch.h"

#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "statement_index.h"

namespace pelita::server {

using nlohmann::json;

namespace {

// Rows per statement, so that no statement comes near PostgreSQL's limit of
// 65 535 parameters (8 per statement row).
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

void insertKeys(PgConnection& db, const char* table, const char* column,
                const std::vector<std::pair<std::int64_t, const std::vector<IndexKey>*>>& keysBySeq) {
    std::vector<PgParam> params;
    for (const auto& [seq, keys] : keysBySeq)
        for (const auto& k : *keys) {
            params.emplace_back(seq);
            params.emplace_back(k.key);
            params.emplace_back(std::int64_t{k.related ? 1 : 0});
        }
    forRows(db, std::string("INSERT INTO ") + table + " (seq, " + column + ", related) VALUES ", 3, params,
            " ON CONFLICT DO NOTHING", [](const PgResult&) {});
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

} // namespace

bool batchStorable(const std::vector<StatementToStore>& batch) {
    std::set<std::string_view> ids;
    for (const auto& s : batch)
        if (s.voids() || !ids.insert(s.id).second) return false;
    return true;
}

std::optional<StoreError> storeBatch(PgConnection& db, const std::vector<StatementToStore>& batch) {
    std::vector<std::string> ids;
    for (const auto& s : batch) ids.push_back(s.id);
    std::unordered_map<std::string, std::string> stored; // id -> comparison form
    forValues(db, "SELECT id, comparison_json FROM statements WHERE id ", std::nullopt, ids, "",
              [&](const PgResult& rows) {
                  for (int r = 0; r < rows.rows(); ++r) stored.emplace(rows.text(r, 0), rows.text(r, 1));
              });
    std::vector<const StatementToStore*> fresh;
    std::vector<std::string> freshIds;
    for (const auto& s : batch) {
        auto found = stored.find(s.id);
        if (found == stored.end()) {
            fresh.push_back(&s);
            freshIds.push_back(s.id);
        } else if (found->second != s.comparisonForm) {
            return StoreError{StoreError::Kind::Conflict, "statement " + s.id + " is already stored with different content"};
        } // else a retry: already stored
    }
    if (fresh.empty()) return std::nullopt;

    std::set<std::string> voided; // targets of voiding statements stored earlier
    forValues(db, "SELECT ref_id FROM statements WHERE verb_id = $1 AND ref_id ", std::string(kVoidedVerb), freshIds,
              "", [&](const PgResult& rows) {
                  for (int r = 0; r < rows.rows(); ++r) voided.insert(rows.text(r, 0));
              });
    std::vector<PgParam> params;
    for (const auto* s : fresh) {
        params.insert(params.end(), {s->id, s->stored, s->verbId, s->statement.dump(), s->comparisonForm,
                                     s->registration, s->refId, std::int64_t{voided.count(s->id) ? 1 : 0}});
    }
    std::unordered_map<std::string, std::int64_t> seqOf;
    forRows(db,
            "INSERT INTO statements (id, stored, verb_id, statement_json, comparison_json, registration, ref_id, "
            "voided) VALUES ",
            8, params, " RETURNING id, seq", [&](const PgResult& rows) {
                for (int r = 0; r < rows.rows(); ++r) seqOf[rows.text(r, 0)] = rows.integer(r, 1);
            });
    std::vector<std::pair<std::int64_t, const std::vector<IndexKey>*>> agents, activities;
    for (const auto* s : fresh) {
        agents.emplace_back(seqOf.at(s->id), &s->agentKeys);
        activities.emplace_back(seqOf.at(s->id), &s->activityKeys);
    }
    insertKeys(db, "statement_agents", "ifi", agents);
    insertKeys(db, "statement_activities", "activity_id", activities);
    mergeDefinitions(db, fresh);
    return std::nullopt;
}

} // namespace pelita::server
