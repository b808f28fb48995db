#include "documents_params.h"

#include <set>

#include <nlohmann/json.hpp>

#include "agent_identity.h"
#include "iso8601.h"
#include "statement_validator.h"
#include "uuid.h"

namespace pelita::server {

using nlohmann::json;

namespace {

Expected<std::string, std::string> agentKeyParam(const httplib::Request& req) {
    const json agent = json::parse(req.get_param_value("agent"), nullptr, false);
    if (agent.is_discarded()) return unexpected(std::string("agent: must be JSON"));
    if (auto problem = validateAgentFilter(agent)) return unexpected(*problem);
    return *ifiKey(agent);
}

std::string part(const std::string& text) { return text + kScopeEnd; }

} // namespace

Expected<DocumentTarget, std::string> readDocumentTarget(const DocumentResource& resource, const std::string& method,
                                                         const httplib::Request& req) {
    const bool state = resource.kind == DocumentKind::State;
    const bool usesActivity = resource.kind != DocumentKind::AgentProfile;
    const bool usesAgent = resource.kind != DocumentKind::ActivityProfile;
    std::set<std::string> allowed = {resource.idParam};
    if (usesActivity) allowed.insert("activityId");
    if (usesAgent) allowed.insert("agent");
    if (state) allowed.insert("registration");
    const bool many = !req.has_param(resource.idParam);
    if (method == "GET" && many) allowed.insert("since");
    for (const auto& [name, value] : req.params)
        if (!allowed.count(name)) return unexpected("unexpected query parameter \"" + name + "\"");
    for (const auto& name : allowed)
        if (name != "registration" && name != "since" && name != resource.idParam && !req.has_param(name))
            return unexpected(name + ": missing");
    // Only GET lists ids, and only the State resource deletes many at once.
    if (many && !(method == "GET" || (state && method == "DELETE")))
        return unexpected(std::string(resource.idParam) + ": missing");

    DocumentTarget t;
    if (usesActivity) {
        const auto activity = req.get_param_value("activityId");
        if (auto problem = validateIri(activity, "activityId")) return unexpected(*problem);
        t.scopePrefix += part(activity);
    }
    if (usesAgent) {
        auto key = agentKeyParam(req);
        if (!key) return unexpected(key.error());
        t.scopePrefix += part(*key);
    }
    t.scope = t.scopePrefix;
    if (state) {
        std::string registration;
        if (req.has_param("registration")) {
            registration = req.get_param_value("registration");
            if (!isUuid(registration)) return unexpected(std::string("registration: must be a UUID"));
            registration = canonicalUuid(registration);
            t.scopePrefix += part(registration);
        }
        t.scope += part(registration);
    }
    if (!many) t.id = req.get_param_value(resource.idParam);
    if (req.has_param("since")) {
        t.since = toUtcIso8601(req.get_param_value("since"));
        if (!t.since) return unexpected(std::string("since: must be an ISO 8601 date and time"));
    }
    return t;
}

} // namespace pelita::server
