#pragma once
// What a kiosk credential may see of the xAPI records (docs/protocol.md,
// "What a kiosk may read and write"):
// - statements: only those it stored itself (their authority is its credential);
// - State and Agent Profile documents: only of learners it is entitled to,
//   i.e. on its registered OPD's roster, or the actor or object of a statement
//   it stored;
// - Activity Profile documents: read only.
// Admin and reader credentials are not limited. Each check returns the message
// for a 403, or nothing. Thread notes: any worker thread.
#include <optional>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "documents_params.h"
#include "lrs_routes.h"

namespace pelita::server {

// Narrows a statement query to what `who` stored, when `who` is a kiosk.
void limitToOwnStatements(const LrsContext& context, const Credential& who, StatementQuery& query);

// For one statement asked for by id.
std::optional<std::string> foreignStatement(const LrsContext& context, const Credential& who,
                                            const nlohmann::json& statement);

// For a request to a document resource (any method).
std::optional<std::string> foreignDocuments(LrsContext& context, const Credential& who,
                                            const DocumentResource& resource, const httplib::Request& req);

} // namespace pelita::server
