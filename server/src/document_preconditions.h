#pragma once
// If-Match / If-None-Match on the document resources (xAPI 1.0.3
// Communication 3.1, after RFC 7232): ETags are quoted on the wire.
// No I/O; thread-safe.
#include <optional>
#include <string>
#include <vector>

#include <httplib.h>

#include "document_store.h"

namespace pelita::server {

struct Preconditions {
    std::optional<std::vector<std::string>> ifMatch;     // unquoted tags, or {"*"}
    std::optional<std::vector<std::string>> ifNoneMatch; // likewise
};

Preconditions readPreconditions(const httplib::Request& req);

// 412 when a header's condition fails against `current`; 409 when
// `refuseBlindOverwrite` and a document exists but neither header was sent.
std::optional<DocumentRefusal> checkPreconditions(const Preconditions& p, const std::optional<Document>& current,
                                                  bool refuseBlindOverwrite);

} // namespace pelita::server
