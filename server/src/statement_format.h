#pragma once
// The `format` parameter of GET /xapi/statements (xAPI 1.0.3 Communication
// 2.1.3): "exact" returns statements as stored; "ids" keeps only what
// identifies each Agent, Group, Activity and Verb; "canonical" uses the LRS's
// canonical Activity definitions and keeps one language per language map,
// chosen by Accept-Language. No I/O; thread-safe.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pelita::server {

bool isStatementFormat(const std::string& format); // exact, ids or canonical

// Language tags from an Accept-Language header, best first ("*" and q=0 dropped).
std::vector<std::string> preferredLanguages(const std::string& acceptLanguage);

using DefinitionLookup = std::function<std::optional<nlohmann::json>(const std::string& activityId)>;

// `statement` as `format` asks. `definitionOf` is consulted only for "canonical".
nlohmann::json formatStatement(const nlohmann::json& statement, const std::string& format,
                               const std::vector<std::string>& languages, const DefinitionLookup& definitionOf);

} // namespace pelita::server
