#pragma once
// The query parameters of the three document resources, checked and turned
// into the scope a DocumentStore files the documents under. No I/O; thread-safe.
#include <optional>
#include <string>

#include <httplib.h>
#include <pelita/content/expected.h>

#include "document_store.h"

namespace pelita::server {

struct DocumentResource {
    DocumentKind kind;
    const char* path;    // e.g. "/xapi/activities/state"
    const char* idParam; // "stateId" or "profileId"
};

struct DocumentTarget {
    std::string scope;              // the exact scope for one document
    std::string scopePrefix;        // what GET ids and DELETE-all cover
    std::optional<std::string> id;  // stateId / profileId, when given
    std::optional<std::string> since; // utcIso8601() form
};

// Checks the parameters for `method` (GET, PUT, POST, DELETE): required ones
// present, each well-formed, and no unknown ones. The error is a 400 message.
Expected<DocumentTarget, std::string> readDocumentTarget(const DocumentResource& resource, const std::string& method,
                                                         const httplib::Request& req);

} // namespace pelita::server
