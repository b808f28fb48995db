#pragma once
// AdminSite: the /admin/ dashboard's frame. It owns the accounts, the login
// throttle and the menu, and wraps every page handler in the same checks:
//   - GET needs a live session (else a redirect to /admin/login);
//   - POST needs a live session, the session's CSRF token in the form field
//     "csrf", and, for a change, the admin role (else 403);
//   - without accounts or Pelita's records (PostgreSQL without a files
//     directory) every page answers 503.
// A page is one file with one register function that calls view()/change()
// (and addMenuItem() to appear in the menu); see overview_page.cpp.
// Thread notes: register everything before the server starts; handlers then
// run on httplib's worker threads and only read the site's tables.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <httplib.h>

#include "admin_accounts.h"
#include "admin_strings.h"
#include "admin_table.h"
#include "html.h"
#include "login_throttle.h"

namespace pelita::server {
struct LrsContext;
struct PelitaContext;
class Routes;
} // namespace pelita::server

namespace pelita::server::admin {

class AdminSite;

// One request to a page, by a logged-in user.
struct AdminVisit {
    const httplib::Request& req;
    httplib::Response& res;
    const AdminSession& session;
    Words words;
    LrsContext& lrs;
    PelitaContext& pelita;
    AdminSite& site;

    bool canChange() const { return session.user.role == AdminRole::Admin; }
    // A form's field, from a urlencoded or a multipart body (or the query).
    std::string field(const std::string& name) const;
    // Shown above the body by page(), e.g. that the figures are catching up.
    Html preface = {};
    // The whole page: menu, `preface`, `body`, footer. `titleKey` is a translation key.
    void page(const std::string& titleKey, const Html& body);
    // A CSV download named `filename` (e.g. "kiosks.csv").
    void csv(const std::string& filename, const AdminTable& table);
    // A page that says what went wrong, with `status` (e.g. 400, 500).
    void problem(int status, const std::string& message);
};

using PageHandler = std::function<void(AdminVisit&)>;

// Made with std::make_shared: every route it registers holds a share of it, so
// the site lives exactly as long as the server's route table.
class AdminSite : public std::enable_shared_from_this<AdminSite> {
public:
    // `dataDir` is empty when the storage is PostgreSQL; `accounts` is null
    // there too when the server has no files directory.
    AdminSite(Routes& routes, LrsContext& lrs, std::unique_ptr<AdminAccounts> accounts,
              std::filesystem::path dataDir);

    // GET `path` (an exact path) for any logged-in user.
    void view(const std::string& path, PageHandler handler);
    // POST `path` for an admin with a valid CSRF token. `anyRole`: readers too
    // (only logging out needs that).
    void change(const std::string& path, PageHandler handler, bool anyRole = false);
    // A route with no login (the login page itself, the stylesheet).
    void open(const std::string& method, const std::string& path, httplib::Server::Handler handler);
    // A link in every page's menu, in the order added.
    void addMenuItem(const std::string& path, const std::string& titleKey);

    AdminAccounts* accounts() { return accounts_.get(); }
    LoginThrottle& throttle() { return throttle_; }
    LrsContext& lrs() { return lrs_; }
    // Where server.db lives, for a page that keeps its own read connection
    // (empty on PostgreSQL: such a page uses PelitaContext::pgPool).
    const std::filesystem::path& dataDir() const { return dataDir_; }

    // The page frame, for the visit and for the login page (session may be null).
    std::string frame(const Words& words, const std::string& title, const AdminSession* session,
                      const std::string& path, const Html& body) const;

private:
    bool enter(const httplib::Request& req, httplib::Response& res, bool post, bool anyRole, const PageHandler& handler);

    Routes& routes_;
    LrsContext& lrs_;
    std::unique_ptr<AdminAccounts> accounts_;
    std::filesystem::path dataDir_;
    LoginThrottle throttle_;
    std::vector<std::pair<std::string, std::string>> menu_;
};

// --- shared by the site and its login page ---

inline constexpr const char* kSessionCookie = "pelita_admin";
inline constexpr const char* kLanguageCookie = "pelita_lang";

// A cookie's value from the request's Cookie header; empty when absent.
std::string cookieValue(const httplib::Request& req, const std::string& name);
// The language the visitor chose (cookie), Bahasa Indonesia by default.
Language visitorLanguage(const httplib::Request& req);
// Whether cookies must be marked Secure: the deployment's home page is https,
// or a reverse proxy says the request came over https.
bool overHttps(const httplib::Request& req, const LrsContext& lrs);
// Security headers every /admin/ answer carries (no caching, no framing, CSP).
void adminHeaders(httplib::Response& res);
void replyHtml(httplib::Response& res, int status, const std::string& html);
// "/admin/..." when `target` is a path inside the dashboard; else "/admin/".
std::string safeReturnPath(const std::string& target);

} // namespace pelita::server::admin
