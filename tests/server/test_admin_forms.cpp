// Every changing form of /admin/: refused without its CSRF token, refused to a
// reader (who also sees no change buttons), and what each does for an admin.
#include <catch2/catch.hpp>

#include "test_admin_fixture.h"

using nlohmann::json;
using namespace pelita::test;

namespace {

json kioskList(const AdminDesk& desk) {
    return json::parse(desk.s.admin().Get("/pelita/v1/kiosks")->body)["kiosks"];
}

bool has(const httplib::Result& res, const std::string& text) { return res && res->body.find(text) != std::string::npos; }

} // namespace

TEST_CASE("a form posted without the session's CSRF token is refused", "[server][pelita][admin]") {
    AdminDesk desk;
    auto admin = desk.admin();
    REQUIRE(!admin.csrf.empty());
    auto missing = admin.post("/admin/kiosks/register", {{"name", "Kios Dinkes"}}, false);
    CHECK(missing->status == 403);
    CHECK(has(missing, "kedaluwarsa"));
    auto wrong = admin.post("/admin/kiosks/register", {{"name", "Kios Dinkes"}, {"csrf", std::string(64, '0')}}, false);
    CHECK(wrong->status == 403);
    auto upload = admin.upload("/admin/catalogue/upload", "package", "a.pelita", desk.s.package("1.0.0"),
                               "application/octet-stream", false);
    CHECK(upload->status == 403);
    // Another session's token is no good either.
    auto other = desk.admin();
    auto foreign = admin.post("/admin/kiosks/register", {{"name", "Kios Dinkes"}, {"csrf", other.csrf}}, false);
    CHECK(foreign->status == 403);
    CHECK(kioskList(desk).size() == 1);
    CHECK(desk.s.catalogue()["courses"].empty());
    // With it, the same form works.
    CHECK(admin.post("/admin/kiosks/register", {{"name", "Kios Dinkes"}})->status == 200);
    CHECK(kioskList(desk).size() == 2);
}

TEST_CASE("a reader sees every page but can change nothing", "[server][pelita][admin]") {
    AdminDesk desk;
    REQUIRE(desk.s.publish(desk.s.package("1.0.0"))->status == 201);
    auto reader = desk.reader();
    for (const char* page : {"/admin/overview", "/admin/kiosks", "/admin/roster", "/admin/catalogue"}) {
        auto res = reader.get(page);
        INFO(page);
        REQUIRE(res->status == 200);
        CHECK(!has(res, "/admin/kiosks/revoke"));
        CHECK(!has(res, "/admin/kiosks/register"));
        CHECK(!has(res, "/admin/roster/import"));
        CHECK(!has(res, "/admin/catalogue/upload"));
        CHECK(!has(res, "/admin/catalogue/withdraw"));
        CHECK(has(res, "/admin/logout")); // the one form a reader has
    }
    const auto sha = json::parse(desk.s.admin().Get("/pelita/v1/catalogue")->body)["courses"][0]["sha256"];
    CHECK(reader.post("/admin/kiosks/register", {{"name", "Kios Dinkes"}})->status == 403);
    CHECK(reader.post("/admin/kiosks/revoke", {{"key", desk.s.kioskKey.key}})->status == 403);
    CHECK(reader.post("/admin/catalogue/withdraw", {{"sha256", sha}})->status == 403);
    CHECK(reader.upload("/admin/roster/import", "file", "r.csv",
                        std::string("nip,nama,opd,jabatan,golongan\n") + kNipAni + ",Ani,Setda,Analis,III/a\n",
                        "text/csv")->status == 403);
    CHECK(reader.upload("/admin/catalogue/upload", "package", "p.pelita", desk.s.package("2.0.0"),
                        "application/octet-stream")->status == 403);
    CHECK(has(reader.post("/admin/kiosks/register", {{"name", "x"}}), "pembaca"));
    CHECK(kioskList(desk).size() == 1);
    CHECK(kioskList(desk)[0]["revoked"].is_null());
    CHECK(desk.s.catalogue()["courses"].size() == 1);
    CHECK(desk.s.catalogue()["courses"][0]["version"] == "1.0.0");
    CHECK(json::parse(desk.s.admin().Get("/pelita/v1/roster")->body)["learners"].empty());
    CHECK(reader.post("/admin/logout", {})->status == 303);
}

TEST_CASE("an admin registers a kiosk, sees its secret once, and revokes it", "[server][pelita][admin]") {
    AdminDesk desk;
    auto admin = desk.admin();
    auto made = admin.post("/admin/kiosks/register", {{"name", "Kios Dinas Kesehatan"}, {"opd", "Dinas Kesehatan"}});
    REQUIRE(made->status == 200);
    const auto keyAt = made->body.find("key=");
    const auto secretAt = made->body.find("secret=");
    REQUIRE(keyAt != std::string::npos);
    REQUIRE(secretAt != std::string::npos);
    const pelita::server::NewCredential kiosk{made->body.substr(keyAt + 4, 32), made->body.substr(secretAt + 7, 64)};
    // The credential works as a kiosk's, and its OPD is known before it registers.
    auto client = desk.s.lrs.clientAs(kiosk);
    CHECK(client.Get("/pelita/v1/catalogue")->status == 200);
    auto page = admin.get("/admin/kiosks");
    CHECK(has(page, "Kios Dinas Kesehatan"));
    CHECK(has(page, "Dinas Kesehatan"));
    CHECK(!has(page, kiosk.secret)); // shown once only

    auto empty = admin.post("/admin/kiosks/register", {{"name", "  "}});
    CHECK(has(empty, "Isi nama kios"));
    CHECK(admin.post("/admin/kiosks/revoke", {{"key", "no-such-key"}})->status == 404);
    CHECK(admin.post("/admin/kiosks/revoke", {{"key", kiosk.key}})->status == 200);
    CHECK(client.Get("/pelita/v1/catalogue")->status == 401);
    CHECK(has(admin.get("/admin/kiosks"), "Dicabut"));
}

TEST_CASE("the catalogue page publishes a signed upload and withdraws versions from kiosks", "[server][pelita][admin]") {
    AdminDesk desk;
    auto admin = desk.admin();
    auto draft = desk.s.draft("1.0.0");
    draft.signer.reset();
    auto refused = admin.upload("/admin/catalogue/upload", "package", "unsigned.pelita", desk.s.packageFrom(draft),
                                "application/octet-stream");
    CHECK(refused->status == 400);
    CHECK(has(refused, "Paket ditolak"));
    CHECK(desk.s.catalogue()["courses"].empty());

    for (const char* version : {"1.0.0", "1.1.0"}) {
        auto ok = admin.upload("/admin/catalogue/upload", "package", "p.pelita", desk.s.package(version),
                               "application/octet-stream");
        REQUIRE(ok->status == 200);
        CHECK(has(ok, std::string("versi ") + version + " terbit"));
    }
    REQUIRE(desk.s.catalogue()["courses"][0]["version"] == "1.1.0");
    const auto newest = desk.s.catalogue()["courses"][0]["sha256"].get<std::string>();
    CHECK(admin.post("/admin/catalogue/withdraw", {{"sha256", newest}})->status == 200);
    // The kiosks now get the version before it; a since= pull sees no news.
    CHECK(desk.s.catalogue()["courses"][0]["version"] == "1.0.0");
    CHECK(has(admin.get("/admin/catalogue"), "Ditarik"));
    CHECK(admin.post("/admin/catalogue/republish", {{"sha256", newest}})->status == 200);
    CHECK(desk.s.catalogue()["courses"][0]["version"] == "1.1.0");
    CHECK(admin.post("/admin/catalogue/withdraw", {{"sha256", std::string(64, 'f')}})->status == 404);
}
