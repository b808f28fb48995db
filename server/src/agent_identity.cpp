#include "agent_identity.h"

#include <algorithm>

namespace pelita::server {

using nlohmann::json;

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

namespace {
void addAgentAndMembers(const json& agent, std::vector<std::string>& keys) {
    if (auto key = ifiKey(agent)) keys.push_back(*key);
    if (auto members = agent.find("member"); members != agent.end() && members->is_array())
        for (const auto& m : *members)
            if (auto key = ifiKey(m)) keys.push_back(*key);
}
} // namespace

std::vector<std::string> agentKeysOf(const json& statement) {
    std::vector<std::string> keys;
    if (auto actor = statement.find("actor"); actor != statement.end()) addAgentAndMembers(*actor, keys);
    if (auto object = statement.find("object"); object != statement.end() && object->is_object()) {
        const auto type = object->value("objectType", "Activity");
        if (type == "Agent" || type == "Group") addAgentAndMembers(*object, keys);
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace pelita::server
