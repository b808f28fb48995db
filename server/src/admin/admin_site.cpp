#include "admin_site.h"

#include <sodium.h>

#include "iso8601.h"
#include "lrs_routes.h"
#include "pelita_context.h"

namespace pelita::server::admin {

namespace {

bool sameToken(const std::string& expected, const std::string& given) {
    return !expected.empty() && expected.size() == given.size() &&
           sodium_memcmp(expected.data(), given.data(), given.size()) == 0;
}

} // namespace

std::string AdminVisit::field(const std::string& name) const {
    if (req.has_param(name.c_str())) return req.get_param_value(name.c_str());
    if (req.has_file(name.c_str())) return req.get_file_value(name.c_str()).content;
    return {};
}

void AdminVisit::page(const std::string& titleKey, const Html& body) {
    Html whole = preface;
    whole.append(body);
    replyHtml(res, 200, site.frame(words, words(titleKey), &session, req.path, whole));
}

void AdminVisit::csv(const std::string& filename, const AdminTable& table) {
    adminHeaders(res);
    res.set_header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    res.status = 200;
    res.set_content(tableCsv(table), "text/csv; charset=utf-8");
}

void AdminVisit::problem(int status, const std::string& message) {
    Html body;
    body.raw("<p class=\"notice error\" role=\"alert\">").text(message).raw("</p>");
    replyHtml(res, status, site.frame(words, words("error.title"), &session, req.path, body));
}

AdminSite::AdminSite(Routes& routes, LrsContext& lrs, std::unique_ptr<AdminAccounts> accounts,
                     std::filesystem::path dataDir)
    : routes_(routes), lrs_(lrs), accounts_(std::move(accounts)), dataDir_(std::move(dataDir)) {}

void AdminSite::addMenuItem(const std::string& path, const std::string& titleKey) {
    menu_.emplace_back(path, titleKey);
}

void AdminSite::open(const std::string& method, const std::string& path, httplib::Server::Handler handler) {
    routes_.add(method, path, [self = shared_from_this(), handler = std::move(handler)](
                                  const httplib::Request& req, httplib::Response& res) { handler(req, res); });
}

void AdminSite::view(const std::string& path, PageHandler handler) {
    routes_.add("GET", path, [self = shared_from_this(), handler = std::move(handler)](const httplib::Request& req,
                                                                                       httplib::Response& res) {
        self->enter(req, res, false, true, handler);
    });
}

void AdminSite::change(const std::string& path, PageHandler handler, bool anyRole) {
    routes_.add("POST", path,
                [self = shared_from_this(), handler = std::move(handler), anyRole](const httplib::Request& req,
                                                                                    httplib::Response& res) {
                    self->enter(req, res, true, anyRole, handler);
                });
}

bool AdminSite::enter(const httplib::Request& req, httplib::Response& res, bool post, bool anyRole,
                      const PageHandler& handler) {
    const Words words(visitorLanguage(req));
    if (!accounts_ || !lrs_.pelita) {
        replyHtml(res, 503, frame(words, words("error.title"), nullptr, req.path,
                                  Html().raw("<p class=\"notice error\">").text(words("error.no_files")).raw("</p>")));
        return false;
    }
    const auto session = accounts_->session(cookieValue(req, kSessionCookie), nowEpochMillis());
    if (!session) {
        if (post) {
            replyHtml(res, 403, frame(words, words("error.title"), nullptr, req.path,
                                      Html().raw("<p class=\"notice error\">").text(words("error.login_first")).raw("</p>")));
        } else {
            adminHeaders(res);
            res.status = 303;
            res.set_header("Location", "/admin/login?next=" + httplib::detail::encode_query_param(req.target));
        }
        return false;
    }
    AdminVisit visit{req, res, *session, words, lrs_, *lrs_.pelita, *this};
    if (post && !sameToken(session->csrfToken, visit.field("csrf"))) {
        visit.problem(403, words("error.csrf"));
        return false;
    }
    if (post && !anyRole && !visit.canChange()) {
        visit.problem(403, words("error.reader"));
        return false;
    }
    handler(visit);
    return true;
}

} // namespace pelita::server::admin
