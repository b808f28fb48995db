// GET /xapi/activities (the canonical Activity) and GET /xapi/agents (the
// Person the LRS knows for an Agent), xAPI 1.0.3 Communication 2.4 and 2.5.
#include "agent_identity.h"
#include "http_replies.h"
#include "lrs_routes.h"
#include "statement_validator.h"

namespace pelita::server {

using nlohmann::json;

namespace {

std::optional<std::string> onlyParam(const httplib::Request& req, const std::string& name) {
    for (const auto& [param, value] : req.params)
        if (param != name) return "unexpected query parameter \"" + param + "\"";
    if (!req.has_param(name)) return name + ": missing";
    return std::nullopt;
}

void getActivity(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    if (!admit(req, res, context, Access::Read)) return;
    if (auto problem = onlyParam(req, "activityId")) return replyError(res, 400, *problem);
    const auto id = req.get_param_value("activityId");
    if (auto problem = validateIri(id, "activityId")) return replyError(res, 400, *problem);
    auto definition = context.statements->activityDefinition(id);
    if (!definition) return replyError(res, 500, definition.error());
    // An Activity the LRS has no definition for is still answered with its id.
    json activity{{"objectType", "Activity"}, {"id", id}};
    if (*definition) activity["definition"] = **definition;
    replyJson(res, 200, activity);
}

// Pelita keeps no links between identities, so the Person is the Agent itself,
// with each property as a one-element array (Communication 2.4.1.1).
void getPerson(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    if (!admit(req, res, context, Access::Read)) return;
    if (auto problem = onlyParam(req, "agent")) return replyError(res, 400, *problem);
    const json agent = json::parse(req.get_param_value("agent"), nullptr, false);
    if (agent.is_discarded()) return replyError(res, 400, "agent: must be JSON");
    if (auto problem = validateAgentFilter(agent)) return replyError(res, 400, *problem);
    if (agent.value("objectType", "Agent") != "Agent") return replyError(res, 400, "agent.objectType: must be Agent");
    json person{{"objectType", "Person"}};
    for (const char* property : {"name", "mbox", "mbox_sha1sum", "openid", "account"})
        if (agent.contains(property)) person[property] = json::array({agent[property]});
    replyJson(res, 200, person);
}

} // namespace

void registerActivityAndAgentRoutes(Routes& routes, LrsContext& context) {
    routes.add("GET", "/xapi/activities",
               [&context](const httplib::Request& req, httplib::Response& res) { getActivity(context, req, res); });
    routes.add("GET", "/xapi/agents",
               [&context](const httplib::Request& req, httplib::Response& res) { getPerson(context, req, res); });
}

} // namespace pelita::server
