// POST and PUT /xapi/statements: store one statement or a batch, all or nothing.
#include <algorithm>
#include <cctype>

#include "auth.h"
#include "http_replies.h"
#include "iso8601.h"
#include "lrs_routes.h"
#include "statement_ingest.h"
#include "uuid.h"

namespace pelita::server {

using nlohmann::json;

namespace {

bool isJsonContent(const httplib::Request& req) {
    std::string type = req.get_header_value("Content-Type");
    std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
    return type.rfind("application/json", 0) == 0;
}

// Parses a JSON request body; on failure writes the 400 and returns nothing.
std::optional<json> readJsonBody(const httplib::Request& req, httplib::Response& res) {
    if (!isJsonContent(req)) {
        replyError(res, 400, "Content-Type must be application/json (multipart attachments are not supported yet)");
        return std::nullopt;
    }
    try {
        return json::parse(req.body);
    } catch (const json::parse_error& e) {
        replyError(res, 400, std::string("malformed JSON body: ") + e.what());
        return std::nullopt;
    }
}

// Stores a prepared batch; on failure writes 409/500 and returns false.
bool storeBatch(LrsContext& context, const std::vector<StatementToStore>& batch, httplib::Response& res) {
    auto stored = context.statements->storeAll(batch);
    if (stored) return true;
    const auto& error = stored.error();
    replyError(res, error.kind == StoreError::Kind::Conflict ? 409 : 500, error.message);
    return false;
}

void postStatements(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    res.set_header("X-Experience-API-Consistent-Through", nowUtcIso8601());
    auto who = admit(req, res, context);
    if (!who) return;
    if (!req.params.empty())
        return replyError(res, 400, "unexpected query parameter \"" + req.params.begin()->first +
                                        "\" (POST stores statements; the alternate request syntax is not supported)");
    auto body = readJsonBody(req, res);
    if (!body) return;
    const bool single = body->is_object();
    if (!single && !body->is_array())
        return replyError(res, 400, "the body must be a statement object or an array of statements");
    const json statements = single ? json::array({*body}) : *body;
    auto batch = prepareStatements(statements, single, authorityFor(*who, context.options.homePage));
    if (!batch) return replyError(res, 400, batch.error());
    if (!storeBatch(context, *batch, res)) return;
    json ids = json::array();
    for (const auto& s : *batch) ids.push_back(s.id);
    replyJson(res, 200, ids);
}

void putStatement(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    res.set_header("X-Experience-API-Consistent-Through", nowUtcIso8601());
    auto who = admit(req, res, context);
    if (!who) return;
    for (const auto& [name, value] : req.params)
        if (name != "statementId") return replyError(res, 400, "unexpected query parameter \"" + name + "\"");
    if (!req.has_param("statementId")) return replyError(res, 400, "PUT needs the statementId query parameter");
    const auto statementId = req.get_param_value("statementId");
    if (!isUuid(statementId)) return replyError(res, 400, "statementId: must be a UUID");
    auto body = readJsonBody(req, res);
    if (!body) return;
    if (!body->is_object()) return replyError(res, 400, "PUT stores a single statement object");
    if (auto id = body->find("id"); id != body->end()) {
        if (!id->is_string() || canonicalUuid(id->get<std::string>()) != canonicalUuid(statementId))
            return replyError(res, 400, "statement.id: does not match the statementId parameter " + statementId);
    } else {
        (*body)["id"] = canonicalUuid(statementId);
    }
    auto batch = prepareStatements(json::array({*body}), true, authorityFor(*who, context.options.homePage));
    if (!batch) return replyError(res, 400, batch.error());
    if (!storeBatch(context, *batch, res)) return;
    res.status = 204;
}

} // namespace

void registerStatementWriteRoutes(httplib::Server& http, LrsContext& context) {
    http.Post("/xapi/statements",
              [&context](const httplib::Request& req, httplib::Response& res) { postStatements(context, req, res); });
    http.Put("/xapi/statements",
             [&context](const httplib::Request& req, httplib::Response& res) { putStatement(context, req, res); });
}

} // namespace pelita::server
