#pragma once
// How the LRS answers over HTTP: JSON bodies, and errors as {"error": "..."}.
// Thread-safe (no state).
#include <optional>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace pelita::server {

inline constexpr const char* kXapiVersion = "1.0.3";

void replyJson(httplib::Response& res, int status, const nlohmann::json& body);
void replyError(httplib::Response& res, int status, const std::string& message);

// Nothing when the request's X-Experience-API-Version is 1.0 or 1.0.x,
// else the message for the 400 response.
std::optional<std::string> checkVersionHeader(const httplib::Request& req);

} // namespace pelita::server
