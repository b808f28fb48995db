#include "test_admin_fixture.h"

#include <regex>
#include <stdexcept>

#include "admin/admin_accounts.h"

namespace pelita::test {

AdminBrowser::AdminBrowser(int port, std::string address) : client_(address, port) {}

httplib::Headers AdminBrowser::headers() const {
    std::string cookie;
    for (const auto& [name, value] : cookies) cookie += (cookie.empty() ? "" : "; ") + name + "=" + value;
    return cookie.empty() ? httplib::Headers{} : httplib::Headers{{"Cookie", cookie}};
}

httplib::Result AdminBrowser::remember(httplib::Result res) {
    if (!res) return res;
    for (const auto& [name, value] : res->headers) {
        if (name != "Set-Cookie") continue;
        const auto eq = value.find('=');
        const auto end = value.find(';');
        const auto cookieName = value.substr(0, eq);
        const auto cookieValue = value.substr(eq + 1, end - eq - 1);
        if (cookieValue.empty()) cookies.erase(cookieName);
        else cookies[cookieName] = cookieValue;
    }
    static const std::regex kToken("name=\"csrf\" value=\"([0-9a-f]+)\"");
    if (std::smatch m; std::regex_search(res->body, m, kToken)) csrf = m[1];
    return res;
}

httplib::Result AdminBrowser::get(const std::string& path) { return remember(client_.Get(path.c_str(), headers())); }

httplib::Result AdminBrowser::post(const std::string& path, httplib::Params form, bool withCsrf) {
    if (withCsrf) form.emplace("csrf", csrf);
    return remember(client_.Post(path.c_str(), headers(), form));
}

httplib::Result AdminBrowser::upload(const std::string& path, const std::string& field, const std::string& filename,
                                     const std::string& bytes, const std::string& type, bool withCsrf) {
    httplib::MultipartFormDataItems items{{field, bytes, filename, type}};
    if (withCsrf) items.push_back({"csrf", csrf, "", ""});
    return remember(client_.Post(path.c_str(), headers(), items));
}

httplib::Result AdminBrowser::login(const std::string& username, const std::string& password,
                                    const httplib::Headers& extra) {
    get("/admin/login");
    auto all = headers();
    all.insert(extra.begin(), extra.end());
    auto res = remember(client_.Post("/admin/login", all,
                                     httplib::Params{{"csrf", csrf}, {"username", username}, {"password", password}}));
    if (res && res->status == 303) get("/admin/overview"); // picks up the session's CSRF token
    return res;
}

AdminDesk::AdminDesk() {
    auto accounts = server::admin::AdminAccounts::openAt(storageLocationFor(s.lrs.dataDir));
    if (!accounts) throw std::runtime_error(accounts.error());
    if (!(*accounts)->addUser("kepala", server::admin::AdminRole::Admin, kAdminPassword))
        throw std::runtime_error("cannot add the admin");
    if (!(*accounts)->addUser("staf", server::admin::AdminRole::Reader, kReaderPassword))
        throw std::runtime_error("cannot add the reader");
}

AdminBrowser AdminDesk::admin() {
    AdminBrowser browser(s.lrs.port);
    auto res = browser.login("kepala", kAdminPassword);
    if (!res || res->status != 303) throw std::runtime_error("admin login failed");
    return browser;
}

AdminBrowser AdminDesk::reader() {
    AdminBrowser browser(s.lrs.port);
    auto res = browser.login("staf", kReaderPassword);
    if (!res || res->status != 303) throw std::runtime_error("reader login failed");
    return browser;
}

std::string setCookie(const httplib::Response& res, const std::string& name) {
    for (const auto& [header, value] : res.headers)
        if (header == "Set-Cookie" && value.rfind(name + "=", 0) == 0) return value;
    return {};
}

} // namespace pelita::test
