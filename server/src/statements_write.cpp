// POST and PUT /xapi/statements: store one statement or a batch, with their
// attachments, all or nothing.
#include "auth.h"
#include "http_replies.h"
#include "iso8601.h"
#include "lrs_routes.h"
#include "pelita_certificates.h"
#include "statement_attachments.h"
#include "statement_ingest.h"
#include "statement_request_body.h"
#include "statements_write.h"
#include "uuid.h"

namespace pelita::server {

using nlohmann::json;

Expected<std::vector<StatementToStore>, StatementWriteRefusal> writeStatements(LrsContext& context,
                                                                               const json& authority,
                                                                               const json& statements, bool single,
                                                                               const std::vector<MimePart>& parts) {
    auto batch = prepareStatements(statements, single, authority);
    if (!batch) return unexpected(StatementWriteRefusal{400, batch.error()});
    auto contents = matchAttachmentParts(statements, single, parts);
    if (!contents) return unexpected(StatementWriteRefusal{400, contents.error()});
    // Pelita certificates ride in passed statements (pelita_certificates.h).
    if (auto refusal = refuseCertificates(context, *batch))
        return unexpected(StatementWriteRefusal{refusal->status, refusal->message});
    auto stored = context.statements->storeAll(*batch, *contents);
    if (stored) {
        if (auto failed = recordCertificates(context, *batch)) return unexpected(StatementWriteRefusal{500, *failed});
        return std::move(*batch);
    }
    const auto& error = stored.error();
    const int status = error.kind == StoreError::Kind::Conflict ? 409 : error.kind == StoreError::Kind::Invalid ? 400 : 500;
    return unexpected(StatementWriteRefusal{status, error.message});
}

namespace {

// Reads the body; on failure writes the 400 and returns nothing.
std::optional<StatementRequestBody> readBody(const httplib::Request& req, httplib::Response& res) {
    auto body = readStatementRequestBody(req);
    if (body) return std::move(*body);
    replyError(res, 400, body.error());
    return std::nullopt;
}

// Writes the refusal as the 400/409/500 reply and returns nothing.
std::optional<std::vector<StatementToStore>> storeStatements(LrsContext& context, const Credential& who,
                                                             const json& statements, bool single,
                                                             const std::vector<MimePart>& parts,
                                                             httplib::Response& res) {
    auto stored = writeStatements(context, authorityFor(who, context.options.homePage), statements, single, parts);
    if (stored) return std::move(*stored);
    replyError(res, stored.error().status, stored.error().message);
    return std::nullopt;
}

void postStatements(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    res.set_header("X-Experience-API-Consistent-Through", nowUtcIso8601());
    auto who = admit(req, res, context, Access::Write);
    if (!who) return;
    if (!req.params.empty())
        return replyError(res, 400, "unexpected query parameter \"" + req.params.begin()->first +
                                        "\" (POST stores statements)");
    auto body = readBody(req, res);
    if (!body) return;
    const bool single = body->statements.is_object();
    if (!single && !body->statements.is_array())
        return replyError(res, 400, "the body must be a statement object or an array of statements");
    const json statements = single ? json::array({body->statements}) : body->statements;
    auto batch = storeStatements(context, *who, statements, single, body->parts, res);
    if (!batch) return;
    json ids = json::array();
    for (const auto& s : *batch) ids.push_back(s.id);
    replyJson(res, 200, ids);
}

void putStatement(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    res.set_header("X-Experience-API-Consistent-Through", nowUtcIso8601());
    auto who = admit(req, res, context, Access::Write);
    if (!who) return;
    for (const auto& [name, value] : req.params)
        if (name != "statementId") return replyError(res, 400, "unexpected query parameter \"" + name + "\"");
    if (!req.has_param("statementId")) return replyError(res, 400, "PUT needs the statementId query parameter");
    const auto statementId = req.get_param_value("statementId");
    if (!isUuid(statementId)) return replyError(res, 400, "statementId: must be a UUID");
    auto body = readBody(req, res);
    if (!body) return;
    json& statement = body->statements;
    if (!statement.is_object()) return replyError(res, 400, "PUT stores a single statement object");
    if (auto id = statement.find("id"); id != statement.end()) {
        if (!id->is_string() || canonicalUuid(id->get<std::string>()) != canonicalUuid(statementId))
            return replyError(res, 400, "statement.id: does not match the statementId parameter " + statementId);
    } else {
        statement["id"] = canonicalUuid(statementId);
    }
    if (!storeStatements(context, *who, json::array({statement}), true, body->parts, res)) return;
    res.status = 204;
}

} // namespace

void registerStatementWriteRoutes(Routes& routes, LrsContext& context) {
    routes.add("POST", "/xapi/statements",
               [&context](const httplib::Request& req, httplib::Response& res) { postStatements(context, req, res); });
    routes.add("PUT", "/xapi/statements",
               [&context](const httplib::Request& req, httplib::Response& res) { putStatement(context, req, res); });
}

} // namespace pelita::server
