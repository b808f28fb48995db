#pragma once
// The opaque `more` token of a StatementResult: the query of the first page plus
// where the next page starts, so every matching statement comes back exactly once.
// Clients must treat it as opaque; its form may change between releases.
// Thread-safe (no state).
#include <optional>
#include <string>

#include "statement_store.h"

namespace pelita::server {

// URL-safe text (base64url of compact JSON).
std::string encodePagingToken(const StatementQuery& nextPage);

// Nothing when the token was not made by encodePagingToken.
std::optional<StatementQuery> decodePagingToken(const std::string& token);

} // namespace pelita::server
