// GET /xapi/statements: one statement by id, or a page of a filtered list.
#include <set>

#include "agent_identity.h"
#include "http_replies.h"
#include "iso8601.h"
#include "lrs_routes.h"
#include "paging_token.h"
#include "statement_validator.h"
#include "uuid.h"

namespace pelita::server {

using nlohmann::json;

namespace {

// xAPI parameters this server knows but does not implement yet (see docs/protocol.md).
const std::set<std::string> kNotYetSupported = {"activity", "registration", "related_activities", "related_agents",
                                                "since", "until"};

// "format" and "attachments" are accepted at their defaults only.
std::optional<std::string> checkPresentationParams(const httplib::Request& req) {
    if (req.has_param("format") && req.get_param_value("format") != "exact")
        return "format: only \"exact\" is supported yet";
    if (req.has_param("attachments") && req.get_param_value("attachments") != "false")
        return "attachments: only false is supported yet";
    return std::nullopt;
}

void getOne(LrsContext& context, const std::string& param, const httplib::Request& req, httplib::Response& res) {
    for (const auto& [name, value] : req.params)
        if (name != param && name != "format" && name != "attachments")
            return replyError(res, 400, param + " cannot be combined with \"" + name + "\"");
    if (auto problem = checkPresentationParams(req)) return replyError(res, 400, *problem);
    const auto id = req.get_param_value(param);
    if (!isUuid(id)) return replyError(res, 400, param + ": must be a UUID");
    // Voiding is not implemented yet, so no statement is ever voided: the
    // voided-statement lookup finds nothing.
    if (param == "voidedStatementId") return replyError(res, 404, "no voided statement " + id);
    auto found = context.statements->findById(canonicalUuid(id));
    if (!found) return replyError(res, 500, found.error());
    if (!*found) return replyError(res, 404, "no statement " + id);
    replyJson(res, 200, **found);
}

// Builds the query from filter parameters; on failure writes the 400.
std::optional<StatementQuery> readQuery(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    StatementQuery q;
    for (const auto& [name, value] : req.params) {
        if (name == "agent") {
            const json agent = json::parse(value, nullptr, false);
            if (agent.is_discarded()) return replyError(res, 400, "agent: must be JSON"), std::nullopt;
            if (auto problem = validateAgentFilter(agent)) return replyError(res, 400, *problem), std::nullopt;
            q.agentKey = ifiKey(agent);
        } else if (name == "verb") {
            q.verbId = value;
        } else if (name == "ascending") {
            if (value != "true" && value != "false") return replyError(res, 400, "ascending: must be true or false"), std::nullopt;
            q.ascending = value == "true";
        } else if (name == "limit") {
            if (value.empty() || value.size() > 9 || value.find_first_not_of("0123456789") != std::string::npos)
                return replyError(res, 400, "limit: must be a non-negative integer"), std::nullopt;
            q.limit = std::stoul(value);
        } else if (kNotYetSupported.count(name)) {
            return replyError(res, 400, name + ": not supported by this server yet"), std::nullopt;
        } else if (name != "format" && name != "attachments") {
            return replyError(res, 400, "unknown query parameter \"" + name + "\""), std::nullopt;
        }
    }
    if (auto problem = checkPresentationParams(req)) return replyError(res, 400, *problem), std::nullopt;
    const auto max = context.options.maxPageSize;
    if (q.limit == 0 || q.limit > max) q.limit = max;
    return q;
}

void getPage(LrsContext& context, const StatementQuery& q, httplib::Response& res) {
    auto page = context.statements->query(q);
    if (!page) return replyError(res, 500, page.error());
    std::string more;
    if (page->nextCursor) {
        StatementQuery next = q;
        next.after = page->nextCursor;
        next.upTo = page->upTo;
        more = "/xapi/statements?more=" + encodePagingToken(next);
    }
    replyJson(res, 200, {{"statements", page->statements}, {"more", more}});
}

void getStatements(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    res.set_header("X-Experience-API-Consistent-Through", nowUtcIso8601());
    if (!admit(req, res, context)) return;
    if (req.has_param("statementId") && req.has_param("voidedStatementId"))
        return replyError(res, 400, "statementId and voidedStatementId cannot be used together");
    if (req.has_param("statementId")) return getOne(context, "statementId", req, res);
    if (req.has_param("voidedStatementId")) return getOne(context, "voidedStatementId", req, res);
    if (req.has_param("more")) {
        if (req.params.size() != 1) return replyError(res, 400, "more cannot be combined with other parameters");
        auto next = decodePagingToken(req.get_param_value("more"));
        if (!next) return replyError(res, 400, "more: not a token this server issued");
        return getPage(context, *next, res);
    }
    if (auto q = readQuery(context, req, res)) getPage(context, *q, res);
}

} // namespace

void registerStatementReadRoutes(httplib::Server& http, LrsContext& context) {
    http.Get("/xapi/statements",
             [&context](const httplib::Request& req, httplib::Response& res) { getStatements(context, req, res); });
}

} // namespace pelita::server
