#pragma once
// Agent identity by Inverse Functional Identifier (IFI): the one of mbox,
// mbox_sha1sum, openid or account that says who an Agent or Group is. Two
// Agents are the same learner when their IFI keys are equal. Thread-safe.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace pelita::server {

inline constexpr const char* kIfiProperties[] = {"mbox", "mbox_sha1sum", "openid", "account"};

// The objectType of an xAPI object, or `byDefault` when absent or not a string
// (validated statements always have a string there).
std::string objectTypeOr(const nlohmann::json& object, const char* byDefault);

// How many IFI properties an Agent or Group object carries (valid ones have 1;
// anonymous Groups have 0).
int countIfis(const nlohmann::json& agent);

// A stable key for the Agent's IFI, e.g. `account:["https://x.go.id","1985..."]`,
// or nothing when the object has no IFI. Expects a validated Agent/Group.
std::optional<std::string> ifiKey(const nlohmann::json& agent);

} // namespace pelita::server
