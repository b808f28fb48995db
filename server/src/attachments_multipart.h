#pragma once
// GET /xapi/statements?attachments=true answers multipart/mixed (xAPI 1.0.3
// Communication 2.1.3): the statements as the first, application/json part,
// then one part per attachment whose content the LRS holds (each hash once).
// Attachments known only by fileUrl get no part. Thread-safe.
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "statement_store.h"

namespace pelita::server {

// `body`: the statement or StatementResult to send; `statements`: the
// statements in it, whose attachments are looked up in `store`.
void replyMultipartStatements(httplib::Response& res, const nlohmann::json& body,
                              const std::vector<nlohmann::json>& statements, StatementStore& store);

} // namespace pelita::server
