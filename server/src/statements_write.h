#pragma once
// The one way statements get stored: what POST/PUT /xapi/statements do after
// reading the request, also used by a USB records bundle's import
// (bundle_import.h), so both validate, index certificates and store alike.
// Thread notes: any worker thread (the stores are thread-safe).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pelita/content/expected.h>

#include "lrs_routes.h"
#include "multipart_mixed.h"

namespace pelita::server {

struct StatementWriteRefusal {
    int status = 400; // 400 invalid, 409 an id stored with another body, 500 storage
    std::string message;
};

// Validates `statements` (an array; `single`: the client sent one bare object),
// stamps `authority`, matches attachment `parts`, and stores them all in one
// transaction, or none. A statement already stored with the same body counts
// as stored. Returns what was stored (ids in order).
Expected<std::vector<StatementToStore>, StatementWriteRefusal> writeStatements(LrsContext& context,
                                                                               const nlohmann::json& authority,
                                                                               const nlohmann::json& statements,
                                                                               bool single,
                                                                               const std::vector<MimePart>& parts);

} // namespace pelita::server
