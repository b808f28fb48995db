// GET /xapi/statements: one statement by id (or voided id), or a page of a
// filtered list, in the format and with the attachments the client asked for.
#include <set>

#include "agent_identity.h"
#include "attachments_multipart.h"
#include "http_replies.h"
#include "iso8601.h"
#include "lrs_routes.h"
#include "paging_token.h"
#include "pelita_kiosk_scope.h"
#include "statement_format.h"
#include "statement_validator.h"
#include "uuid.h"

namespace pelita::server {

using nlohmann::json;

namespace {

// The parameters that only say how statements are presented.
struct Presentation {
    std::string format = "exact";
    bool attachments = false;
};

std::optional<bool> parseBool(const std::string& value) {
    if (value == "true") return true;
    if (value == "false") return false;
    return std::nullopt;
}

std::optional<std::string> readPresentation(const httplib::Request& req, Presentation& p) {
    if (req.has_param("format")) {
        p.format = req.get_param_value("format");
        if (!isStatementFormat(p.format)) return "format: must be ids, exact or canonical";
    }
    if (req.has_param("attachments")) {
        auto flag = parseBool(req.get_param_value("attachments"));
        if (!flag) return "attachments: must be true or false";
        p.attachments = *flag;
    }
    return std::nullopt;
}

// Sends statements (one object or a StatementResult) as JSON, or as
// multipart/mixed with their attachments when the client asked for them.
void replyStatements(LrsContext& context, const httplib::Request& req, const Presentation& p,
                     std::vector<json> statements, json wrap, httplib::Response& res) {
    const auto languages = preferredLanguages(req.get_header_value("Accept-Language"));
    const DefinitionLookup definitionOf = [&](const std::string& id) -> std::optional<json> {
        auto found = context.statements->activityDefinition(id);
        return found ? *found : std::nullopt;
    };
    for (auto& s : statements) s = formatStatement(s, p.format, languages, definitionOf);
    json body = wrap.is_null() ? statements.front() : wrap;
    if (!wrap.is_null()) body["statements"] = statements;
    if (!p.attachments) return replyJson(res, 200, body);
    replyMultipartStatements(res, body, statements, *context.statements);
}

void getOne(LrsContext& context, const Credential& who, const std::string& param, const httplib::Request& req,
            httplib::Response& res) {
    for (const auto& [name, value] : req.params)
        if (name != param && name != "format" && name != "attachments")
            return replyError(res, 400, param + " cannot be combined with \"" + name + "\"");
    Presentation p;
    if (auto problem = readPresentation(req, p)) return replyError(res, 400, *problem);
    const auto id = req.get_param_value(param);
    if (!isUuid(id)) return replyError(res, 400, param + ": must be a UUID");
    auto found = context.statements->findById(canonicalUuid(id));
    if (!found) return replyError(res, 500, found.error());
    // A voided statement is reachable only as voidedStatementId, and only it is.
    const bool wantVoided = param == "voidedStatementId";
    if (!*found || (*found)->voided != wantVoided)
        return replyError(res, 404, std::string("no ") + (wantVoided ? "voided " : "") + "statement " + id);
    if (auto refusal = foreignStatement(context, who, (*found)->statement)) return replyError(res, 403, *refusal);
    replyStatements(context, req, p, {(*found)->statement}, json(), res);
}

template <typename... Args>
std::nullopt_t fail(httplib::Response& res, Args&&... message) {
    replyError(res, 400, (std::string(message) + ...));
    return std::nullopt;
}

std::optional<std::string> timeParam(const std::string& name, const std::string& value, httplib::Response& res) {
    auto utc = toUtcIso8601(value);
    if (!utc) return fail(res, name, ": must be an ISO 8601 date and time");
    return utc;
}

// Builds the query from filter parameters; on failure writes the 400.
std::optional<StatementQuery> readQuery(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    StatementQuery q;
    for (const auto& [name, value] : req.params) {
        if (name == "agent") {
            const json agent = json::parse(value, nullptr, false);
            if (agent.is_discarded()) return fail(res, "agent: must be JSON");
            if (auto problem = validateAgentFilter(agent)) return fail(res, *problem);
            q.agentKey = ifiKey(agent);
        } else if (name == "verb" || name == "activity") {
            if (auto problem = validateIri(value, name)) return fail(res, *problem);
            (name == "verb" ? q.verbId : q.activityId) = value;
        } else if (name == "registration") {
            if (!isUuid(value)) return fail(res, "registration: must be a UUID");
            q.registration = canonicalUuid(value);
        } else if (name == "since" || name == "until") {
            auto utc = timeParam(name, value, res);
            if (!utc) return std::nullopt;
            (name == "since" ? q.since : q.until) = utc;
        } else if (name == "ascending" || name == "related_activities" || name == "related_agents") {
            auto flag = parseBool(value);
            if (!flag) return fail(res, name, ": must be true or false");
            (name == "ascending" ? q.ascending : name == "related_agents" ? q.relatedAgents : q.relatedActivities) = *flag;
        } else if (name == "limit") {
            if (value.empty() || value.size() > 9 || value.find_first_not_of("0123456789") != std::string::npos)
                return fail(res, "limit: must be a non-negative integer");
            q.limit = std::stoul(value);
        } else if (name != "format" && name != "attachments") {
            return fail(res, "unknown query parameter \"", name, "\"");
        }
    }
    Presentation p;
    if (auto problem = readPresentation(req, p)) return fail(res, *problem);
    q.format = p.format;
    q.attachments = p.attachments;
    const auto max = context.options.maxPageSize;
    if (q.limit == 0 || q.limit > max) q.limit = max;
    return q;
}

void getPage(LrsContext& context, const httplib::Request& req, const StatementQuery& q, httplib::Response& res) {
    auto page = context.statements->query(q);
    if (!page) return replyError(res, 500, page.error());
    std::string more;
    if (page->nextCursor) {
        StatementQuery next = q;
        next.after = page->nextCursor;
        next.upTo = page->upTo;
        more = "/xapi/statements?more=" + encodePagingToken(next);
    }
    replyStatements(context, req, Presentation{q.format, q.attachments}, std::move(page->statements),
                    json{{"statements", json::array()}, {"more", more}}, res);
}

void getStatements(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    res.set_header("X-Experience-API-Consistent-Through", nowUtcIso8601());
    auto who = admit(req, res, context, Access::Read);
    if (!who) return;
    if (req.has_param("statementId") && req.has_param("voidedStatementId"))
        return replyError(res, 400, "statementId and voidedStatementId cannot be used together");
    if (req.has_param("statementId")) return getOne(context, *who, "statementId", req, res);
    if (req.has_param("voidedStatementId")) return getOne(context, *who, "voidedStatementId", req, res);
    if (req.has_param("more")) {
        if (req.params.size() != 1) return replyError(res, 400, "more cannot be combined with other parameters");
        auto next = decodePagingToken(req.get_param_value("more"));
        if (!next) return replyError(res, 400, "more: not a token this server issued");
        limitToOwnStatements(context, *who, *next);
        return getPage(context, req, *next, res);
    }
    if (auto q = readQuery(context, req, res)) {
        limitToOwnStatements(context, *who, *q);
        getPage(context, req, *q, res);
    }
}

} // namespace

void registerStatementReadRoutes(Routes& routes, LrsContext& context) {
    routes.add("GET", "/xapi/statements",
               [&context](const httplib::Request& req, httplib::Response& res) { getStatements(context, req, res); });
}

} // namespace pelita::server
