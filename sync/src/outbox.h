#pragma once
// Internal: appends statements to the outbox inside the caller's open transaction.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

struct sqlite3;

namespace pelita::sync {

// Each statement must carry a string "id"; a duplicate id throws (UNIQUE), which
// rolls back the caller's whole transaction.
void appendToOutbox(sqlite3* db, const std::vector<nlohmann::json>& statements, std::int64_t nowMs);

} // namespace pelita::sync
