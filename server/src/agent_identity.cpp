#include "agent_identity.h"

namespace pelita::server {

using nlohmann::json;

std::string objectTypeOr(const json& object, const char* byDefault) {
    auto it = object.find("objectType");
    return it != object.end() && it->is_string() ? it->get<std::string>() : byDefault;
}

int countIfis(const json& agent) {
    int n = 0;
    for (const char* p : kIfiProperties)
        if (agent.contains(p)) ++n;
    return n;
}

std::optional<std::string> ifiKey(const json& agent) {
    if (!agent.is_object()) return std::nullopt;
    if (auto it = agent.find("account"); it != agent.end() && it->is_object())
        return "account:" + json::array({it->value("homePage", ""), it->value("name", "")}).dump();
    for (const char* p : {"mbox", "mbox_sha1sum", "openid"})
        if (auto it = agent.find(p); it != agent.end() && it->is_string())
            return std::string(p) + ":" + it->get<std::string>();
    return std::nullopt;
}

} // namespace pelita::server
