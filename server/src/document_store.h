#pragma once
// DocumentStore: the xAPI document resources (State, Activity Profile, Agent
// Profile), kept as opaque bytes with their content type and ETag.
// A scope names whose documents they are (see documents_params.h); ids are
// the stateId / profileId. Scopes end with kScopeEnd, so one scope is never a
// prefix of another unless it was built as a prefix on purpose.
// Thread notes: implementations must be safe to call from any worker thread;
// change() is atomic with respect to every other call.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <pelita/content/expected.h>

#include "statement_store.h"

namespace pelita::server {

enum class DocumentKind { State, ActivityProfile, AgentProfile };
// The name stored in the `kind` column, the same in every backend.
inline const char* documentKindName(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::State: return "state";
    case DocumentKind::ActivityProfile: return "activity_profile";
    case DocumentKind::AgentProfile: return "agent_profile";
    }
    return "state";
}
inline constexpr char kScopeEnd = '\x1f';

struct Document {
    std::string contentType;
    std::string content;
    std::string etag;    // unquoted
    std::string updated; // utcIso8601() form
};

// Why a change was refused: the HTTP status and a message naming the cause.
struct DocumentRefusal {
    int status = 500;
    std::string message;
};

// Given the current document (if any), the new one, or nothing to delete it.
using DocumentChange =
    std::function<Expected<std::optional<Document>, DocumentRefusal>(const std::optional<Document>& current)>;

class DocumentStore {
public:
    virtual ~DocumentStore() = default;

    virtual Expected<std::optional<Document>, std::string> find(DocumentKind kind, const std::string& scope,
                                                                const std::string& id) = 0;
    // Ids of documents whose scope starts with `scopePrefix`, updated after `since` if given.
    virtual Expected<std::vector<std::string>, std::string> ids(DocumentKind kind, const std::string& scopePrefix,
                                                                const std::optional<std::string>& since) = 0;
    // Runs `change` on the current document and stores its answer, in one transaction.
    virtual Expected<Stored, DocumentRefusal> change(DocumentKind kind, const std::string& scope, const std::string& id,
                                                     const DocumentChange& change) = 0;
    // Deletes every document whose scope starts with `scopePrefix`.
    virtual Expected<Stored, std::string> removeAll(DocumentKind kind, const std::string& scopePrefix) = 0;
};

} // namespace pelita::server
