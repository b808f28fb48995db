#pragma once
// StatementStore: where the LRS keeps statements. SQLite now
// (SqliteStatementStore); PostgreSQL later behind the same interface.
// Thread notes: implementations must be safe to call from any of the HTTP
// server's worker threads at once.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>
#include <pelita/content/expected.h>

namespace pelita::server {

// One statement ready to store: validated, with id, stored, authority set.
struct StatementToStore {
    std::string id;                      // canonical (lower case) UUID
    nlohmann::json statement;            // exactly what GET will return
    std::string comparisonForm;          // see statement_ingest.h: equal forms = same statement
    std::string verbId;
    std::vector<std::string> agentKeys;  // IFI keys for the agent filter
    std::string stored;
};

struct StoreError {
    enum class Kind { Conflict, Storage } kind;
    std::string message;
};

struct StatementQuery {
    std::optional<std::string> agentKey;
    std::optional<std::string> verbId;
    bool ascending = false;
    std::size_t limit = 100;
    std::optional<std::int64_t> after;   // position cursor from a previous page
    std::optional<std::int64_t> upTo;    // newest position a paged query may see
};

struct StatementPage {
    std::vector<nlohmann::json> statements;
    std::optional<std::int64_t> nextCursor; // set when more match
    std::int64_t upTo = 0;                  // pass back so later pages see the same set
};

using Stored = std::monostate;

class StatementStore {
public:
    virtual ~StatementStore() = default;

    // Stores every statement in one transaction, or none. A statement whose id is
    // already stored with the same comparisonForm is skipped (not an error);
    // a different one fails the whole batch with Kind::Conflict.
    virtual Expected<Stored, StoreError> storeAll(const std::vector<StatementToStore>& batch) = 0;

    virtual Expected<std::optional<nlohmann::json>, std::string> findById(const std::string& id) = 0;

    // Newest stored first unless query.ascending.
    virtual Expected<StatementPage, std::string> query(const StatementQuery& query) = 0;
};

} // namespace pelita::server
