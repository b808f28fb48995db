#pragma once
// Turns statements as a client sent them into StatementToStore values:
// validates each, gives it an id if it has none, and sets what the LRS owns
// (stored, authority, and timestamp/version when absent). No I/O; thread-safe.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pelita/content/expected.h>

#include "statement_store.h"

namespace pelita::server {

// The xAPI "version" property for 1.0.x statements that arrive without one
// (xAPI 1.0.3 Data 2.4.10: it is 1.0.0 for every 1.0.x patch release).
inline constexpr const char* kDefaultStatementVersion = "1.0.0";

// `statements` holds one or more statements; `single` says the client sent a
// bare object rather than an array (error messages then say "statement", not
// "statement[0]"). The error is a message for a 400 response, naming the property.
Expected<std::vector<StatementToStore>, std::string> prepareStatements(const nlohmann::json& statements, bool single,
                                                                      const nlohmann::json& authority);

// The form two statements with one id are compared in: the statement as the
// client sent it, minus what the LRS may set (id, stored, authority, version),
// serialised with sorted keys.
std::string comparisonForm(const nlohmann::json& statementAsReceived);

} // namespace pelita::server
