// /admin/ login: every page refuses a visitor who is not logged in, the session
// cookie's attributes, logout, rate-limited failures, and the admin-user CLI.
#include <cstdlib>

#include <catch2/catch.hpp>

#include "admin/login_throttle.h"
#include "test_admin_fixture.h"

using namespace pelita::test;

namespace {

const char* const kPages[] = {"/admin/overview", "/admin/kiosks", "/admin/roster", "/admin/catalogue",
                              "/admin/kiosks.csv", "/admin/roster.csv", "/admin/catalogue.csv",
                              "/admin/overview/statements.csv", "/admin/overview/silent-kiosks.csv"};
const char* const kChanges[] = {"/admin/kiosks/register", "/admin/kiosks/revoke", "/admin/roster/import",
                                "/admin/catalogue/upload", "/admin/catalogue/withdraw",
                                "/admin/catalogue/republish", "/admin/logout"};

} // namespace

TEST_CASE("the dashboard refuses a visitor who is not logged in", "[server][pelita][admin]") {
    AdminDesk desk;
    AdminBrowser stranger(desk.s.lrs.port);
    for (const char* page : kPages) {
        auto res = stranger.get(page);
        REQUIRE(res);
        INFO(page);
        CHECK(res->status == 303);
        CHECK(res->get_header_value("Location").rfind("/admin/login?next=", 0) == 0);
        CHECK(res->body.empty());
    }
    for (const char* change : kChanges) {
        auto res = stranger.post(change, {{"name", "x"}}, false);
        REQUIRE(res);
        INFO(change);
        CHECK(res->status == 403);
    }
    SECTION("a made-up session cookie is no better") {
        stranger.cookies["pelita_admin"] = std::string(64, 'a');
        CHECK(stranger.get("/admin/overview")->status == 303);
        CHECK(stranger.post("/admin/kiosks/register", {{"name", "x"}})->status == 403);
    }
    SECTION("the login page and the stylesheet are open") {
        auto login = stranger.get("/admin/login");
        CHECK(login->status == 200);
        CHECK(login->body.find("name=\"password\"") != std::string::npos);
        auto css = stranger.get("/admin/static/admin.css");
        CHECK(css->status == 200);
        CHECK(css->get_header_value("Content-Type").rfind("text/css", 0) == 0);
        CHECK(css->body.find("@media print") != std::string::npos);
    }
    // Nothing was created by the refused posts.
    auto kiosks = desk.s.admin().Get("/pelita/v1/kiosks");
    CHECK(nlohmann::json::parse(kiosks->body)["kiosks"].size() == 1);
}

TEST_CASE("logging in sets a strict session cookie, and logging out ends the session", "[server][pelita][admin]") {
    AdminDesk desk;
    AdminBrowser browser(desk.s.lrs.port);
    auto wrong = browser.login("kepala", "not-the-password");
    REQUIRE(wrong);
    CHECK(wrong->status == 401);
    CHECK(wrong->body.find("Nama pengguna atau kata sandi salah") != std::string::npos);
    CHECK(browser.cookies.count("pelita_admin") == 0);

    auto right = browser.login("kepala", kAdminPassword);
    REQUIRE(right);
    CHECK(right->status == 303);
    CHECK(right->get_header_value("Location") == "/admin/");
    const auto cookie = setCookie(*right, "pelita_admin");
    CHECK(cookie.find("HttpOnly") != std::string::npos);
    CHECK(cookie.find("SameSite=Strict") != std::string::npos);
    CHECK(cookie.find("Path=/admin") != std::string::npos);
    // The fixture's --home-page is https://..., so the cookie is Secure even on loopback.
    CHECK(cookie.find("; Secure") != std::string::npos);
    auto overview = browser.get("/admin/overview");
    CHECK(overview->status == 200);
    CHECK(overview->body.find("kepala") != std::string::npos);

    const auto oldCookie = browser.cookies["pelita_admin"];
    auto out = browser.post("/admin/logout", {});
    CHECK(out->status == 303);
    CHECK(browser.cookies.count("pelita_admin") == 0);
    browser.cookies["pelita_admin"] = oldCookie; // a copy kept from before does not work either
    CHECK(browser.get("/admin/overview")->status == 303);
}

TEST_CASE("behind an https proxy the session cookie is Secure", "[server][pelita][admin]") {
    AdminDesk desk;
    AdminBrowser browser(desk.s.lrs.port);
    auto res = browser.login("staf", kReaderPassword, {{"X-Forwarded-Proto", "https"}});
    REQUIRE(res);
    REQUIRE(res->status == 303);
    CHECK(setCookie(*res, "pelita_admin").find("; Secure") != std::string::npos);
}

TEST_CASE("the login only returns to pages of the dashboard", "[server][pelita][admin]") {
    AdminDesk desk;
    AdminBrowser second(desk.s.lrs.port);
    auto form = second.get("/admin/login?next=%2Fadmin%2Froster%3Fopd%3DSetda");
    CHECK(form->body.find("value=\"/admin/roster?opd=Setda\"") != std::string::npos);
    auto back = second.post("/admin/login", {{"username", "kepala"}, {"password", kAdminPassword},
                                             {"next", "/admin/roster?opd=Setda"}});
    CHECK(back->get_header_value("Location") == "/admin/roster?opd=Setda");
    AdminBrowser third(desk.s.lrs.port);
    third.get("/admin/login");
    auto away = third.post("/admin/login", {{"username", "kepala"}, {"password", kAdminPassword},
                                            {"next", "//evil.example/admin/"}});
    CHECK(away->get_header_value("Location") == "/admin/");
}

TEST_CASE("failed logins make the next attempt wait, per username and per address", "[server][pelita][admin]") {
    AdminDesk desk;
    AdminBrowser browser(desk.s.lrs.port);
    for (int i = 0; i < 3; ++i) CHECK(browser.login("kepala", "wrong-password-" + std::to_string(i))->status == 401);
    // Even the right password is not checked while the wait lasts.
    auto blocked = browser.login("kepala", kAdminPassword);
    REQUIRE(blocked);
    CHECK(blocked->status == 429);
    CHECK(std::stoi(blocked->get_header_value("Retry-After")) >= 1);
    CHECK(blocked->body.find("Coba lagi dalam") != std::string::npos);
    // Another name from the same address waits too.
    CHECK(browser.login("staf", kReaderPassword)->status == 429);
}

TEST_CASE("the login throttle counts per username and per address, doubling the wait", "[server][admin]") {
    using pelita::server::admin::LoginThrottle;
    LoginThrottle throttle;
    const std::int64_t t0 = 1'000'000;
    // One guesser trying one name from many addresses.
    throttle.failed("kepala", "10.0.0.1", t0);
    throttle.failed("kepala", "10.0.0.2", t0);
    CHECK(throttle.waitMillis("kepala", "10.0.0.3", t0) == 0);
    throttle.failed("kepala", "10.0.0.3", t0);
    CHECK(throttle.waitMillis("kepala", "10.0.0.4", t0) == LoginThrottle::kFirstWaitMillis);
    CHECK(throttle.waitMillis("staf", "10.0.0.4", t0) == 0); // that address and name are clean
    throttle.failed("kepala", "10.0.0.4", t0 + 2'000);
    CHECK(throttle.waitMillis("kepala", "10.0.0.5", t0 + 2'000) == 2 * LoginThrottle::kFirstWaitMillis);
    // One address trying many names.
    for (const char* name : {"a", "b", "c"}) throttle.failed(name, "10.9.9.9", t0);
    CHECK(throttle.waitMillis("d", "10.9.9.9", t0) == LoginThrottle::kFirstWaitMillis);
    // The wait stops growing at the cap.
    for (int i = 0; i < 40; ++i) throttle.failed("root", "10.1.1.1", t0);
    CHECK(throttle.waitMillis("root", "10.1.1.2", t0) == LoginThrottle::kMaxWaitMillis);
    // A success clears the name's and the address's count.
    throttle.succeeded("kepala", "10.0.0.4");
    CHECK(throttle.waitMillis("kepala", "10.0.0.4", t0 + 2'000) == 0);
}

TEST_CASE("a login form posted without its token is refused", "[server][pelita][admin]") {
    AdminDesk desk;
    AdminBrowser browser(desk.s.lrs.port);
    browser.get("/admin/login");
    auto res = browser.post("/admin/login", {{"username", "kepala"}, {"password", kAdminPassword}}, false);
    REQUIRE(res);
    CHECK(res->status == 403);
    CHECK(browser.cookies.count("pelita_admin") == 0);
}

TEST_CASE("pelita-server admin-user adds, lists, changes and removes accounts", "[server][pelita][admin][cli]") {
    AdminDesk desk;
    const auto storage = storageArgsFor(desk.s.lrs.dataDir);
    const auto out = desk.s.scratch / "out.txt";
    const auto run = [&](const std::string& args, const std::string& input) {
        desk.s.scratch.write("in.txt", input);
        const auto command = std::string(PELITA_BIN_DIR) + "/pelita-server admin-user " + args + " <'" +
                             (desk.s.scratch / "in.txt").string() + "' >'" + out.string() + "' 2>/dev/null";
        return std::system(command.c_str());
    };
    CHECK(run("add auditor --role reader " + storage, "kata-sandi-auditor\n") == 0);
    CHECK(run("add auditor --role reader " + storage, "kata-sandi-auditor\n") != 0); // taken
    CHECK(run("add pendek --role admin " + storage, "pendek\n") != 0);               // too short
    CHECK(run("add x --role kiosk " + storage, "kata-sandi-auditor\n") != 0);
    CHECK(run("list " + storage, "") == 0);
    const auto listed = readBytes(out);
    CHECK(listed.find("auditor\treader") != std::string::npos);
    CHECK(listed.find("kepala\tadmin") != std::string::npos);

    AdminBrowser auditor(desk.s.lrs.port);
    CHECK(auditor.login("auditor", "kata-sandi-auditor")->status == 303);
    CHECK(run("password auditor " + storage, "sandi-baru-auditor\n") == 0);
    CHECK(auditor.get("/admin/overview")->status == 303); // logged out by the change
    AdminBrowser again(desk.s.lrs.port);
    CHECK(again.login("auditor", "sandi-baru-auditor")->status == 303);
    CHECK(run("remove auditor " + storage, "") == 0);
    CHECK(again.get("/admin/overview")->status == 303);
    CHECK(run("remove auditor " + storage, "") != 0);
}
