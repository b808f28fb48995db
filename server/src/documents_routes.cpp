// The document resources (xAPI 1.0.3 Communication 2.3-2.6): State, Activity
// Profile and Agent Profile. One set of handlers serves all three; they differ
// only in their parameters (documents_params.h) and in the PUT rule below.
#include "document_preconditions.h"
#include "documents_params.h"
#include "http_replies.h"
#include "iso8601.h"
#include "lrs_routes.h"
#include "pelita_kiosk_scope.h"
#include "sha2.h"
#include "text_case.h"

namespace pelita::server {

using nlohmann::json;

namespace {

const DocumentResource kResources[] = {
    {DocumentKind::State, "/xapi/activities/state", "stateId"},
    {DocumentKind::ActivityProfile, "/xapi/activities/profile", "profileId"},
    {DocumentKind::AgentProfile, "/xapi/agents/profile", "profileId"},
};

Document newDocument(std::string contentType, std::string content) {
    if (contentType.empty()) contentType = "application/octet-stream";
    auto etag = *sha2Hex(content, 64); // SHA-256: 64 hex digits
    return Document{std::move(contentType), std::move(content), std::move(etag), nowUtcIso8601()};
}

std::optional<json> asJsonObject(const std::string& text) {
    json parsed = json::parse(text, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) return std::nullopt;
    return parsed;
}

void getDocuments(LrsContext& context, const DocumentResource& r, const httplib::Request& req, httplib::Response& res) {
    auto who = admit(req, res, context, Access::Read);
    if (!who) return;
    if (auto refusal = foreignDocuments(context, *who, r, req)) return replyError(res, 403, *refusal);
    auto target = readDocumentTarget(r, "GET", req);
    if (!target) return replyError(res, 400, target.error());
    if (!target->id) {
        auto ids = context.documents->ids(r.kind, target->scopePrefix, target->since);
        if (!ids) return replyError(res, 500, ids.error());
        return replyJson(res, 200, *ids);
    }
    auto found = context.documents->find(r.kind, target->scope, *target->id);
    if (!found) return replyError(res, 500, found.error());
    if (!*found) return replyError(res, 404, "no document " + *target->id);
    const auto& d = **found;
    res.status = 200;
    res.set_header("ETag", "\"" + d.etag + "\"");
    res.set_header("Last-Modified", httpDate(*parseIso8601Millis(d.updated)));
    res.set_content(d.content, d.contentType.c_str());
}

// PUT replaces, POST merges JSON objects (Communication 2.2.x "JSON Procedure with Requirements").
void writeDocument(LrsContext& context, const DocumentResource& r, const httplib::Request& req, httplib::Response& res) {
    auto who = admit(req, res, context, Access::Write);
    if (!who) return;
    if (auto refusal = foreignDocuments(context, *who, r, req)) return replyError(res, 403, *refusal);
    auto target = readDocumentTarget(r, req.method, req);
    if (!target) return replyError(res, 400, target.error());
    const auto contentType = req.get_header_value("Content-Type");
    const bool merge = req.method == "POST";
    std::optional<json> incoming;
    if (merge && isJsonContentType(contentType) && !(incoming = asJsonObject(req.body)))
        return replyError(res, 400, "the body must be a JSON object");
    const auto preconditions = readPreconditions(req);
    // The profile resources refuse a blind overwrite; State is a learner's own scratch space.
    const bool blindPutRefused = r.kind != DocumentKind::State && req.method == "PUT";
    auto stored = context.documents->change(
        r.kind, target->scope, *target->id,
        [&](const std::optional<Document>& current) -> Expected<std::optional<Document>, DocumentRefusal> {
            if (auto refusal = checkPreconditions(preconditions, current, blindPutRefused)) return unexpected(*refusal);
            if (!merge || !current) return std::optional<Document>{newDocument(contentType, req.body)};
            auto existing = isJsonContentType(current->contentType) ? asJsonObject(current->content) : std::nullopt;
            if (!existing || !incoming)
                return unexpected(DocumentRefusal{400, "POST merges JSON objects only; the stored and the sent "
                                                       "document must both be application/json objects"});
            existing->update(*incoming);
            return std::optional<Document>{newDocument("application/json", existing->dump())};
        });
    if (!stored) return replyError(res, stored.error().status, stored.error().message);
    res.status = 204;
}

void deleteDocuments(LrsContext& context, const DocumentResource& r, const httplib::Request& req,
                     httplib::Response& res) {
    auto who = admit(req, res, context, Access::Write);
    if (!who) return;
    if (auto refusal = foreignDocuments(context, *who, r, req)) return replyError(res, 403, *refusal);
    auto target = readDocumentTarget(r, "DELETE", req);
    if (!target) return replyError(res, 400, target.error());
    if (!target->id) {
        auto removed = context.documents->removeAll(r.kind, target->scopePrefix);
        if (!removed) return replyError(res, 500, removed.error());
        res.status = 204;
        return;
    }
    const auto preconditions = readPreconditions(req);
    auto removed = context.documents->change(
        r.kind, target->scope, *target->id,
        [&](const std::optional<Document>& current) -> Expected<std::optional<Document>, DocumentRefusal> {
            if (auto refusal = checkPreconditions(preconditions, current, false)) return unexpected(*refusal);
            return std::optional<Document>{};
        });
    if (!removed) return replyError(res, removed.error().status, removed.error().message);
    res.status = 204;
}

} // namespace

void registerDocumentRoutes(Routes& routes, LrsContext& context) {
    for (const auto& r : kResources) {
        routes.add("GET", r.path, [&context, &r](const httplib::Request& req, httplib::Response& res) {
            getDocuments(context, r, req, res);
        });
        for (const char* method : {"PUT", "POST"})
            routes.add(method, r.path, [&context, &r](const httplib::Request& req, httplib::Response& res) {
                writeDocument(context, r, req, res);
            });
        routes.add("DELETE", r.path, [&context, &r](const httplib::Request& req, httplib::Response& res) {
            deleteDocuments(context, r, req, res);
        });
    }
}

} // namespace pelita::server
