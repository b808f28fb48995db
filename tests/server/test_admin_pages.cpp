// The dashboard's pages through HTTP: the Overview's figures and silent kiosks,
// CSV exports (quoting, formula guard), escaping of learners' and courses'
// text on every page, and the language switch.
#include <catch2/catch.hpp>

#include "iso8601.h"
#include "test_admin_fixture.h"

using nlohmann::json;
using namespace pelita::test;

namespace {

bool has(const httplib::Result& res, const std::string& text) { return res && res->body.find(text) != std::string::npos; }

const std::string kHostileName = "<script>alert(\"x\")</script> O'Brien Ñandú 日本";

void importRoster(AdminBrowser& admin, const std::string& csv) {
    auto res = admin.upload("/admin/roster/import", "file", "roster.csv", csv, "text/csv");
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 200);
}

} // namespace

TEST_CASE("the overview counts learners, courses and kiosks and lists silent kiosks", "[server][pelita][admin]") {
    AdminDesk desk;
    REQUIRE(desk.s.publish(desk.s.package("1.0.0"))->status == 201);
    REQUIRE(desk.s.publish(desk.s.package("1.1.0"))->status == 201); // one course, two versions
    desk.s.registerKiosk(desk.s.kioskKey, "Setda");
    REQUIRE(desk.s.lrs.post(learnerStatement(kNipAni))->status == 200);
    auto admin = desk.admin();
    importRoster(admin, std::string("nip,nama,opd,jabatan,golongan\n") + kNipAni + ",Ani,Setda,Analis,III/a\n" +
                            kNipBudi + ",Budi,Setda,Analis,III/b\n");
    auto page = admin.get("/admin/overview");
    REQUIRE(page->status == 200);
    const auto& body = page->body;
    CHECK(body.find("<span class=\"value\">2</span><span class=\"label\">Peserta") != std::string::npos);
    CHECK(body.find("<span class=\"value\">1</span><span class=\"label\">Kursus terbit") != std::string::npos);
    CHECK(body.find("<span class=\"value\">1</span><span class=\"label\">Kios aktif") != std::string::npos);
    CHECK(body.find("<svg class=\"bar-chart\"") != std::string::npos);
    // Today's bar carries the one statement stored, its number beside it.
    const auto today = pelita::server::nowUtcIso8601().substr(0, 10);
    const auto csv = admin.get("/admin/overview/statements.csv");
    CHECK(csv->body.find(today + ",1\r\n") != std::string::npos);
    CHECK(std::count(csv->body.begin(), csv->body.end(), '\n') == 31); // header and 30 days

    // The kiosk just called, so it is not silent for 7 days.
    CHECK(has(page, "Semua kios aktif telah Sinkronisasi"));
    // A kiosk that never called is silent whatever N is.
    auto never = desk.s.lrs.newCredential(pelita::server::Role::Kiosk, "Kios Kecamatan Talawi");
    auto silent = admin.get("/admin/overview?days=3");
    CHECK(has(silent, "Kios Kecamatan Talawi"));
    CHECK(has(silent, "Belum pernah"));
    CHECK(!has(silent, "<td data-label=\"Nama kios\">Kios Setda</td>"));
    CHECK(has(admin.get("/admin/overview/silent-kiosks.csv?days=3"), "Kios Kecamatan Talawi"));
    CHECK(admin.get("/admin/overview?days=0")->status == 400);
    CHECK(admin.get("/admin/overview?days=abc")->status == 400);
}

TEST_CASE("learner names, kiosk names and course titles are escaped on every page", "[server][pelita][admin]") {
    AdminDesk desk;
    auto draft = desk.s.draft("1.0.0");
    draft.course["title"] = {{"id-ID", "<script>alert('kursus')</script> \"Pelayanan\" Prima — ✓"},
                             {"en-US", "<img src=x onerror=alert(1)> Service"}};
    REQUIRE(desk.s.publish(desk.s.packageFrom(draft))->status == 201);
    auto admin = desk.admin();
    importRoster(admin, "nip,nama,opd,jabatan,golongan\n" + std::string(kNipAni) + ",\"" + [] {
        std::string doubled;
        for (char c : kHostileName) doubled += c == '"' ? std::string("\"\"") : std::string(1, c);
        return doubled;
    }() + "\",<b>Setda</b>,Analis,III/a\n");
    CHECK(admin.post("/admin/kiosks/register", {{"name", "<script>kios</script>"}, {"opd", "<b>Setda</b>"}})->status ==
          200);
    for (const char* page : {"/admin/overview", "/admin/kiosks", "/admin/roster", "/admin/catalogue",
                             "/admin/roster?opd=%3Cb%3ESetda%3C%2Fb%3E"}) {
        for (const char* language : {"id", "en"}) {
            admin.cookies["pelita_lang"] = language;
            auto res = admin.get(page);
            INFO(page << " " << language);
            REQUIRE(res->status == 200);
            CHECK(res->body.find("<script") == std::string::npos);
            CHECK(res->body.find("<b>") == std::string::npos);
            CHECK(res->body.find("<img") == std::string::npos);
        }
    }
    admin.cookies["pelita_lang"] = "id";
    auto roster = admin.get("/admin/roster");
    CHECK(has(roster, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien Ñandú 日本"));
    CHECK(has(roster, "&lt;b&gt;Setda&lt;/b&gt;"));
    auto catalogue = admin.get("/admin/catalogue");
    CHECK(has(catalogue, "&lt;script&gt;alert(&#39;kursus&#39;)&lt;/script&gt; &quot;Pelayanan&quot; Prima — ✓"));
    admin.cookies["pelita_lang"] = "en";
    CHECK(has(admin.get("/admin/catalogue"), "&lt;img src=x onerror=alert(1)&gt; Service"));
    CHECK(has(admin.get("/admin/kiosks"), "&lt;script&gt;kios&lt;/script&gt;"));
}

TEST_CASE("CSV exports quote fields and keep spreadsheets from running formulas", "[server][pelita][admin]") {
    AdminDesk desk;
    auto admin = desk.admin();
    importRoster(admin, "nip,nama,opd,jabatan,golongan\n" + std::string(kNipAni) +
                            ",\"=HYPERLINK(\"\"http://x\"\")\",Setda,\"-Kepala, Bagian\",III/a\n" + kNipBudi +
                            ",\"@Budi\",Setda,+Analis,IV/e\n" + kNipCitra + ",Citra Dewi,Dinas Sosial,Analis,II/d\n");
    auto csv = admin.get("/admin/roster.csv");
    REQUIRE(csv->status == 200);
    CHECK(csv->get_header_value("Content-Type") == "text/csv; charset=utf-8");
    CHECK(csv->get_header_value("Content-Disposition") == "attachment; filename=\"roster.csv\"");
    const auto& body = csv->body;
    CHECK(body.rfind("\xEF\xBB\xBFNIP,Nama,OPD,Unit kerja,Jabatan,Golongan\r\n", 0) == 0);
    CHECK(body.find(std::string(kNipAni) + ",\"'=HYPERLINK(\"\"http://x\"\")\",Setda,,\"'-Kepala, Bagian\",III/a\r\n") !=
          std::string::npos);
    CHECK(body.find(std::string(kNipBudi) + ",'@Budi,Setda,,'+Analis,IV/e\r\n") != std::string::npos);
    // The OPD filter applies to the export as to the page.
    auto sosial = admin.get("/admin/roster.csv?opd=Dinas%20Sosial");
    CHECK(sosial->body.find("Citra Dewi") != std::string::npos);
    CHECK(sosial->body.find("Budi") == std::string::npos);
    auto page = admin.get("/admin/roster?opd=Dinas%20Sosial");
    CHECK(has(page, "Citra Dewi"));
    CHECK(!has(page, "@Budi"));
    CHECK(has(page, "1 Peserta"));
    CHECK(admin.get("/admin/kiosks.csv")->body.find("Kios Setda") != std::string::npos);
    CHECK(admin.get("/admin/catalogue.csv")->status == 200);
}

TEST_CASE("the dashboard speaks Bahasa Indonesia until English is chosen", "[server][pelita][admin]") {
    AdminDesk desk;
    auto admin = desk.admin();
    auto id = admin.get("/admin/kiosks");
    CHECK(has(id, "<html lang=\"id\">"));
    CHECK(has(id, "Daftarkan kios baru"));
    auto switched = admin.get("/admin/language?to=en&back=%2Fadmin%2Fkiosks");
    CHECK(switched->status == 303);
    CHECK(switched->get_header_value("Location") == "/admin/kiosks");
    CHECK(setCookie(*switched, "pelita_lang").find("pelita_lang=en") == 0);
    auto en = admin.get("/admin/kiosks");
    CHECK(has(en, "<html lang=\"en\">"));
    CHECK(has(en, "Register a new kiosk"));
    CHECK(admin.get("/admin/language?to=id&back=https%3A%2F%2Fevil.example")->get_header_value("Location") == "/admin/");
}

TEST_CASE("the Kiosks page shows each kiosk's queue health and says which need attention",
          "[server][pelita][admin][queue]") {
    AdminDesk desk;
    auto report = [&](const pelita::server::NewCredential& kiosk, const std::string& opd, const std::string& queue) {
        desk.s.registerKiosk(kiosk, opd);
        REQUIRE(desk.s.lrs.clientAs(kiosk).Get("/pelita/v1/catalogue", {{"X-Pelita-Queue", queue}})->status == 200);
    };
    report(desk.s.kioskKey, "Setda", "waiting=0; quarantined=2");
    report(desk.s.lrs.newCredential(pelita::server::Role::Kiosk, "Kios Talawi"), "Kecamatan Talawi",
           "waiting=5; quarantined=0; oldest-age=172800"); // two days: sending is stuck
    report(desk.s.lrs.newCredential(pelita::server::Role::Kiosk, "Kios Barangin"), "Kecamatan Barangin",
           "waiting=4; quarantined=0; oldest-age=600"); // ten minutes: a normal backlog
    report(desk.s.lrs.newCredential(pelita::server::Role::Kiosk, "Kios Lembah"), "Kecamatan Lembah Segar",
           "waiting=0; quarantined=0");
    desk.s.lrs.newCredential(pelita::server::Role::Kiosk, "Kios Silungkang"); // never heard from

    auto admin = desk.admin();
    auto page = admin.get("/admin/kiosks");
    REQUIRE(page->status == 200);
    CHECK(has(page, "<th scope=\"col\">Antrean hasil</th>"));
    CHECK(has(page, "2 kios perlu perhatian"));
    CHECK(has(page, ">Perlu perhatian: 2 dikarantina</td>"));
    CHECK(has(page, ">Perlu perhatian: 5 menunggu sejak "));
    CHECK(has(page, ">4 menunggu sejak "));
    CHECK(!has(page, ">Perlu perhatian: 4 menunggu"));
    CHECK(has(page, ">Semua terkirim</td>"));
    CHECK(has(page, ">Belum dilaporkan</td>"));
    const auto csv = admin.get("/admin/kiosks.csv")->body;
    CHECK(csv.find("Perlu perhatian: 2 dikarantina") != std::string::npos);

    REQUIRE(admin.get("/admin/language?to=en&back=%2Fadmin%2Fkiosks")->status == 303);
    auto en = admin.get("/admin/kiosks");
    CHECK(has(en, "2 kiosk(s) need attention"));
    CHECK(has(en, ">Needs attention: 2 quarantined</td>"));
    CHECK(has(en, ">All sent</td>"));
}
