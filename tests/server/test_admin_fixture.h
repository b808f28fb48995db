#pragma once
// AdminDesk: a PelitaServer with two dashboard accounts (an admin and a
// reader), and AdminBrowser: an HTTP client that keeps the dashboard's cookies
// and reads each form's CSRF token, the way a browser would.
#include <map>
#include <string>

#include <httplib.h>

#include "pelita_fixture.h"

namespace pelita::test {

inline const char* const kAdminPassword = "sandi-admin-rahasia";
inline const char* const kReaderPassword = "sandi-pembaca-rahasia";

class AdminBrowser {
public:
    explicit AdminBrowser(int port, std::string address = "127.0.0.1");

    // Logs in through the login form; returns the POST's response.
    httplib::Result login(const std::string& username, const std::string& password,
                          const httplib::Headers& extra = {});
    httplib::Result get(const std::string& path);
    // A urlencoded form; the session's CSRF token is added unless `withCsrf` is false.
    httplib::Result post(const std::string& path, httplib::Params form, bool withCsrf = true);
    // A multipart form with one file field.
    httplib::Result upload(const std::string& path, const std::string& field, const std::string& filename,
                           const std::string& bytes, const std::string& type, bool withCsrf = true);

    std::map<std::string, std::string> cookies;
    std::string csrf; // from the last page that had a form

private:
    httplib::Result remember(httplib::Result res);
    httplib::Headers headers() const;
    httplib::Client client_;
};

struct AdminDesk {
    AdminDesk();
    AdminBrowser admin();  // logged in as the admin
    AdminBrowser reader(); // logged in as the reader
    PelitaServer s;
};

// The Set-Cookie header that sets `name`, or empty.
std::string setCookie(const httplib::Response& res, const std::string& name);

} // namespace pelita::test
