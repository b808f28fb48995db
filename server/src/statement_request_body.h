#pragma once
// The body of a PUT or POST to /xapi/statements: application/json, or
// multipart/mixed with the statements as the first (application/json) part
// and attachment contents after it. No I/O; thread-safe.
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <pelita/content/expected.h>

#include "multipart_mixed.h"

namespace pelita::server {

struct StatementRequestBody {
    nlohmann::json statements;     // one object or an array, as sent
    std::vector<MimePart> parts;   // the attachment parts (empty for JSON)
};

// The error is the message for a 400 naming what is wrong with the body.
Expected<StatementRequestBody, std::string> readStatementRequestBody(const httplib::Request& req);

} // namespace pelita::server
