// /admin/login, /admin/logout, /admin/language, the stylesheet, and /admin/
// itself. Login is rate-limited (login_throttle.h); the login form carries its
// own CSRF token in a short-lived cookie (double submit), as no session exists yet.
#include <array>

#include <sodium.h>

#include "admin_assets.h"
#include "admin_pages.h"
#include "iso8601.h"

namespace pelita::server::admin {

namespace {

constexpr const char* kLoginCookie = "pelita_login";

std::string cookie(const std::string& name, const std::string& value, int maxAgeSeconds, bool secure) {
    return name + "=" + value + "; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(maxAgeSeconds) +
           (secure ? "; Secure" : "");
}

std::string freshToken() {
    std::array<unsigned char, 24> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, 49> hex{};
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    return hex.data();
}

void showLogin(AdminSite& site, const httplib::Request& req, httplib::Response& res, int status,
               const std::string& message) {
    const Words words(visitorLanguage(req));
    const auto token = freshToken();
    res.set_header("Set-Cookie", cookie(kLoginCookie, token, 3600, overHttps(req, site.lrs())));
    Html body;
    if (!message.empty()) body.raw("<p class=\"notice error\" role=\"alert\">").text(message).raw("</p>");
    body.raw("<form method=\"post\" action=\"/admin/login\" class=\"card login\">")
        .append(csrfField(token))
        .raw("<input type=\"hidden\" name=\"next\"")
        .attr("value", safeReturnPath(req.get_param_value("next")))
        .raw("><label>")
        .text(words("login.username"))
        .raw("<input name=\"username\" autocomplete=\"username\" required autofocus></label><label>")
        .text(words("login.password"))
        .raw("<input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>")
        .raw("<button type=\"submit\">")
        .text(words("login.submit"))
        .raw("</button></form>");
    replyHtml(res, status, site.frame(words, words("login.title"), nullptr, req.path, body));
}

void login(AdminSite& site, const httplib::Request& req, httplib::Response& res) {
    const Words words(visitorLanguage(req));
    if (!site.accounts()) return replyHtml(res, 503, words("error.no_files"));
    const auto expected = cookieValue(req, kLoginCookie);
    const auto given = req.get_param_value("csrf");
    if (expected.empty() || expected.size() != given.size() ||
        sodium_memcmp(expected.data(), given.data(), given.size()) != 0)
        return showLogin(site, req, res, 403, words("error.csrf"));
    const auto username = req.get_param_value("username");
    const auto address = req.remote_addr;
    const auto now = nowEpochMillis();
    if (const auto wait = site.throttle().waitMillis(username, address, now); wait > 0) {
        res.set_header("Retry-After", std::to_string((wait + 999) / 1000));
        return showLogin(site, req, res, 429, words("login.throttled", {{"seconds", std::to_string((wait + 999) / 1000)}}));
    }
    const auto user = site.accounts()->checkPassword(username, req.get_param_value("password"));
    if (!user) {
        site.throttle().failed(username, address, now);
        return showLogin(site, req, res, 401, words("login.failed"));
    }
    site.throttle().succeeded(username, address);
    auto made = site.accounts()->startSession(*user, now);
    if (!made) return showLogin(site, req, res, 500, made.error());
    const bool secure = overHttps(req, site.lrs());
    adminHeaders(res);
    res.set_header("Set-Cookie", cookie(kSessionCookie, made->token,
                                        static_cast<int>(AdminAccounts::kSessionMillis / 1000), secure));
    res.set_header("Set-Cookie", cookie(kLoginCookie, "", 0, secure));
    res.status = 303;
    res.set_header("Location", safeReturnPath(req.get_param_value("next")));
}

void redirect(httplib::Response& res, const std::string& to) {
    adminHeaders(res);
    res.status = 303;
    res.set_header("Location", to);
}

} // namespace

void registerLoginPage(AdminSite& site) {
    site.open("GET", "/admin/login", [&site](const httplib::Request& req, httplib::Response& res) {
        showLogin(site, req, res, 200, "");
    });
    site.open("POST", "/admin/login",
              [&site](const httplib::Request& req, httplib::Response& res) { login(site, req, res); });
    site.change(
        "/admin/logout",
        [](AdminVisit& visit) {
            visit.site.accounts()->endSession(cookieValue(visit.req, kSessionCookie));
            visit.res.set_header("Set-Cookie", cookie(kSessionCookie, "", 0, overHttps(visit.req, visit.lrs)));
            redirect(visit.res, "/admin/login");
        },
        true);
    // A preference, not a change to anything stored: a GET link, no session needed.
    site.open("GET", "/admin/language", [&site](const httplib::Request& req, httplib::Response& res) {
        const auto language = languageFromCode(req.get_param_value("to"));
        res.set_header("Set-Cookie", std::string(kLanguageCookie) + "=" + languageCode(language) +
                                         "; Path=/admin; SameSite=Strict; Max-Age=31536000" +
                                         (overHttps(req, site.lrs()) ? "; Secure" : ""));
        const auto back = req.get_param_value("back");
        redirect(res, back == "/admin/login" ? back : safeReturnPath(back));
    });
    site.open("GET", "/admin/static/admin.css", [](const httplib::Request&, httplib::Response& res) {
        const auto css = adminAsset("admin.css");
        res.set_header("Cache-Control", "max-age=3600");
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_content(std::string(css.value_or("")), "text/css; charset=utf-8");
    });
    const auto home = [](const httplib::Request&, httplib::Response& res) { redirect(res, "/admin/overview"); };
    site.open("GET", "/admin/", home);
    site.open("GET", "/admin", home);
}

} // namespace pelita::server::admin
