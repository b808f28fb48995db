#include "http_replies.h"

#include <regex>

namespace pelita::server {

void replyJson(httplib::Response& res, int status, const nlohmann::json& body) {
    res.status = status;
    res.set_content(body.dump(), "application/json");
}

void replyError(httplib::Response& res, int status, const std::string& message) {
    replyJson(res, status, nlohmann::json{{"error", message}});
}

std::optional<std::string> checkVersionHeader(const httplib::Request& req) {
    if (!req.has_header("X-Experience-API-Version"))
        return std::string("missing header X-Experience-API-Version (send 1.0.3)");
    const auto value = req.get_header_value("X-Experience-API-Version");
    // xAPI 1.0.3 Communication 3.3: accept "1.0" and any "1.0.x", reject the rest.
    static const std::regex accepted(R"(^1\.0(\.\d+)?$)");
    if (!std::regex_match(value, accepted))
        return "unsupported X-Experience-API-Version \"" + value + "\" (this server speaks 1.0.x)";
    return std::nullopt;
}

} // namespace pelita::server
