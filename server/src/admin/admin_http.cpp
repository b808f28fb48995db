// The HTTP details every /admin/ answer shares: cookies, headers, redirects.
#include "admin_site.h"
#include "lrs_routes.h"
#include "text_case.h"

namespace pelita::server::admin {

std::string cookieValue(const httplib::Request& req, const std::string& name) {
    const auto header = req.get_header_value("Cookie");
    std::size_t at = 0;
    while (at < header.size()) {
        const auto end = std::min(header.find(';', at), header.size());
        auto pair = header.substr(at, end - at);
        pair.erase(0, pair.find_first_not_of(' '));
        if (const auto eq = pair.find('='); eq != std::string::npos && pair.substr(0, eq) == name)
            return pair.substr(eq + 1);
        at = end + 1;
    }
    return {};
}

Language visitorLanguage(const httplib::Request& req) { return languageFromCode(cookieValue(req, kLanguageCookie)); }

bool overHttps(const httplib::Request& req, const LrsContext& lrs) {
    if (lowerAscii(lrs.options.homePage).rfind("https://", 0) == 0) return true;
    if (lowerAscii(req.get_header_value("X-Forwarded-Proto")) == "https") return true;
    return lowerAscii(req.get_header_value("Forwarded")).find("proto=https") != std::string::npos;
}

void adminHeaders(httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "same-origin");
    // No script at all, styles only from our own file, forms only to ourselves.
    res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                                              "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
}

void replyHtml(httplib::Response& res, int status, const std::string& html) {
    adminHeaders(res);
    res.status = status;
    res.set_content(html, "text/html; charset=utf-8");
}

std::string safeReturnPath(const std::string& target) {
    // Only our own pages: no other host ("//x"), no scheme, no backslash tricks.
    if (target.rfind("/admin/", 0) != 0 || target.find("//") != std::string::npos ||
        target.find('\\') != std::string::npos || target.find_first_of("\r\n") != std::string::npos)
        return "/admin/";
    return target;
}

} // namespace pelita::server::admin
