#pragma once
// Checks that a JSON value is an xAPI 1.0.3 statement this server can store.
// The error names the property, e.g. "statement[2].actor.account.name: missing".
// Thread-safe (no state).
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace pelita::server {

// Returns nothing when `statement` is valid, else the first problem found.
// `path` prefixes the message: "statement" or "statement[2]".
std::optional<std::string> validateStatement(const nlohmann::json& statement, const std::string& path);

// Returns nothing when `agent` is an Agent or an identified Group (exactly one
// IFI), as the GET `agent` filter requires.
std::optional<std::string> validateAgentFilter(const nlohmann::json& agent);

// Returns nothing when `text` is an absolute IRI; the message names `param`.
std::optional<std::string> validateIri(const std::string& text, const std::string& param);

} // namespace pelita::server
