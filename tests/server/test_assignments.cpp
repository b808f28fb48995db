// Mandatory (Wajib) courses: an admin assigns a published course to an OPD,
// a position or everyone on /admin/assignments; each kiosk pulls those of its
// own OPD from GET /pelita/v1/assignments. Bad input changes nothing; a
// reader changes nothing.
#include <catch2/catch.hpp>

#include "test_admin_fixture.h"

using nlohmann::json;
using namespace pelita::test;

namespace {

const std::string kCourse = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima";

json pulled(httplib::Client client, const std::string& query = "") {
    auto res = client.Get(("/pelita/v1/assignments" + query).c_str());
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 200);
    return json::parse(res->body);
}

} // namespace

TEST_CASE("a course assigned on the dashboard reaches the kiosks of that OPD only", "[server][pelita][admin]") {
    AdminDesk desk;
    REQUIRE(desk.s.publish(desk.s.package("1.0.0"))->status == 201);
    desk.s.registerKiosk(desk.s.kioskKey, "Dinas Kesehatan");
    const auto otherKiosk = desk.s.lrs.newCredential(pelita::server::Role::Kiosk, "kios lain");
    desk.s.registerKiosk(otherKiosk, "Setda");
    auto admin = desk.admin();

    auto page = admin.get("/admin/assignments");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->body.find("Belum ada kursus wajib.") != std::string::npos);

    auto added = admin.post("/admin/assignments/add",
                            {{"course", kCourse}, {"opd", "Dinas Kesehatan"}, {"position", ""}, {"due", "2026-12-31"}});
    REQUIRE(added);
    CHECK(added->status == 200);
    CHECK(added->body.find("paling lambat 2026-12-31") != std::string::npos);
    // Everyone in one position, across OPDs.
    REQUIRE(admin.post("/admin/assignments/add", {{"course", kCourse}, {"opd", ""}, {"position", "Analis Kebijakan"},
                                                 {"due", "2027-03-01"}})->status == 200);

    auto mine = pulled(desk.s.kiosk());
    CHECK(mine["opd"] == "Dinas Kesehatan");
    REQUIRE(mine["assignments"].size() == 2);
    CHECK(mine["assignments"][0]["course"] == kCourse);
    CHECK(mine["assignments"][0]["opd"] == "Dinas Kesehatan");
    CHECK(mine["assignments"][0]["due"] == "2026-12-31");
    CHECK(mine["assignments"][0]["title"]["id-ID"] == "Pelayanan Prima bagi ASN");
    CHECK(mine["assignments"][1]["position"] == "Analis Kebijakan");
    CHECK(mine["assignments"][1]["opd"] == "");

    auto theirs = pulled(desk.s.lrs.clientAs(otherKiosk));
    REQUIRE(theirs["assignments"].size() == 1); // only the every-OPD one
    CHECK(theirs["assignments"][0]["position"] == "Analis Kebijakan");

    // A kiosk may not ask for another OPD's list; an admin may.
    auto other = desk.s.kiosk().Get("/pelita/v1/assignments?opd=Setda");
    REQUIRE(other);
    CHECK(other->status == 403);
    CHECK(pulled(desk.s.admin(), "?opd=Setda")["assignments"].size() == 1);
    CHECK(pulled(desk.s.admin())["assignments"].size() == 2);

    // Assigning again moves the due date; it does not add a row.
    REQUIRE(admin.post("/admin/assignments/add", {{"course", kCourse}, {"opd", "Dinas Kesehatan"}, {"position", ""},
                                                 {"due", "2027-01-15"}})->status == 200);
    mine = pulled(desk.s.kiosk());
    REQUIRE(mine["assignments"].size() == 2);
    CHECK(mine["assignments"][0]["due"] == "2027-01-15");

    auto csv = admin.get("/admin/assignments.csv");
    REQUIRE(csv);
    CHECK(csv->body.find("Dinas Kesehatan") != std::string::npos);
    CHECK(csv->body.find("Semua OPD") != std::string::npos);

    // Removing it takes it off the kiosks' list.
    const auto id = std::to_string(mine["assignments"][0]["id"].get<std::int64_t>());
    REQUIRE(admin.post("/admin/assignments/remove", {{"id", id}})->status == 200);
    CHECK(pulled(desk.s.kiosk())["assignments"].size() == 1);
    CHECK(admin.post("/admin/assignments/remove", {{"id", id}})->status == 404);
}

TEST_CASE("assignments with a bad date or an unknown course are refused, and readers cannot assign",
          "[server][pelita][admin]") {
    AdminDesk desk;
    REQUIRE(desk.s.publish(desk.s.package("1.0.0"))->status == 201);
    auto admin = desk.admin();
    for (const char* due : {"2026-02-30", "31-12-2026", "2025-13-01", ""}) {
        INFO(due);
        auto res = admin.post("/admin/assignments/add", {{"course", kCourse}, {"opd", "Setda"}, {"due", due}});
        REQUIRE(res);
        CHECK(res->status == 400);
        CHECK(res->body.find("Batas waktu harus tanggal yang sah") != std::string::npos);
    }
    auto unknown = admin.post("/admin/assignments/add",
                              {{"course", "https://example.org/course/<script>"}, {"opd", "Setda"}, {"due", "2026-12-31"}});
    REQUIRE(unknown);
    CHECK(unknown->status == 400);
    CHECK(unknown->body.find("<script>") == std::string::npos);

    auto reader = desk.reader();
    auto refused = reader.post("/admin/assignments/add", {{"course", kCourse}, {"opd", "Setda"}, {"due", "2026-12-31"}});
    REQUIRE(refused);
    CHECK(refused->status == 403);
    CHECK(pulled(desk.s.admin())["assignments"].empty());
}
