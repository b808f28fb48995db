// Who may do what: Basic credentials, roles, the version header, and the JSON
// error bodies for errors httplib raises itself.
#include "auth.h"
#include "http_replies.h"
#include "lrs_routes.h"
#include "pelita_routes.h"
#include "request_log.h"

namespace pelita::server {

std::optional<Credential> identify(const httplib::Request& req, httplib::Response& res, LrsContext& context) {
    auto who = authenticateRequest(req, *context.credentials);
    if (!who) {
        res.set_header("WWW-Authenticate", "Basic realm=\"pelita\"");
        replyError(res, 401, "missing, unknown or revoked credentials (HTTP Basic key:secret)");
        return std::nullopt;
    }
    noteRequestCredential(who->name);
    noteKioskContact(context, *who, req);
    return who;
}

std::optional<Credential> admit(const httplib::Request& req, httplib::Response& res, LrsContext& context,
                                Access access) {
    auto who = identify(req, res, context);
    if (!who) return std::nullopt;
    if (access == Access::Write && who->role == Role::Reader) {
        replyError(res, 403, "this credential has the reader role, which may not change anything");
        return std::nullopt;
    }
    if (auto problem = checkVersionHeader(req)) {
        replyError(res, 400, *problem);
        return std::nullopt;
    }
    return who;
}

void registerErrorBodies(httplib::Server& http) {
    httplib::Server::HandlerWithResponse fillErrorBody = [](const httplib::Request& req, httplib::Response& res) {
        // Called for every error status; only fill in responses that have no body yet.
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        replyError(res, res.status, res.status == 404 ? "no such resource: " + req.path
                                                      : "request failed with HTTP " + std::to_string(res.status));
        return httplib::Server::HandlerResponse::Handled;
    };
    http.set_error_handler(fillErrorBody);
}

} // namespace pelita::server
