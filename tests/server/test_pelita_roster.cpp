// /pelita/v1/roster: uploads as JSON or CSV (checked line by line), per-OPD
// replacement, and who may read which OPD's learners.
#include <catch2/catch.hpp>

#include "pelita_fixture.h"

using nlohmann::json;
using pelita::test::PelitaServer;
using namespace pelita::test;

namespace {

json learners(const httplib::Result& res) {
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 200);
    return json::parse(res->body)["learners"];
}

std::vector<std::string> nips(const json& list) {
    std::vector<std::string> out;
    for (const auto& l : list) out.push_back(l["nip"]);
    return out;
}

const std::string kCsv = std::string("\xEF\xBB\xBF") + "NIP;Nama;OPD;Unit Kerja;Jabatan\r\n" + kNipAni +
                         ";\"Ani Lestari, S.Kom\";Dinas Pendidikan;Bidang SD;Analis\r\n" + kNipBudi +
                         ";Budi Santoso;Dinas Pendidikan;;\r\n" + kNipCitra + ";Citra Dewi;Setda;Bagian Umum;Pengadministrasi\r\n";

} // namespace

TEST_CASE("a CSV roster from a spreadsheet is stored per OPD", "[server][pelita][roster]") {
    PelitaServer s;
    auto put = s.putRoster(kCsv, "text/csv");
    REQUIRE(put);
    INFO(put->body);
    REQUIRE(put->status == 200);
    CHECK(json::parse(put->body) == json{{"learners", 3}, {"opds", {{"Dinas Pendidikan", 2}, {"Setda", 1}}}});

    const auto all = learners(s.admin().Get("/pelita/v1/roster"));
    CHECK(all.size() == 3);
    const auto pendidikan = learners(s.reader().Get("/pelita/v1/roster?opd=Dinas%20Pendidikan"));
    REQUIRE(pendidikan.size() == 2);
    CHECK(pendidikan[0] == json{{"nip", kNipAni}, {"name", "Ani Lestari, S.Kom"}, {"opd", "Dinas Pendidikan"},
                                {"unit", "Bidang SD"}, {"position", "Analis"}});

    SECTION("a JSON upload replaces only the OPDs it names") {
        const json upload = json::array({{{"nip", kNipBudi}, {"name", "Budi Santoso"}, {"opd", "Dinas Pendidikan"}}});
        auto replaced = s.putRoster(upload.dump(), "application/json");
        REQUIRE(replaced);
        REQUIRE(replaced->status == 200);
        CHECK(nips(learners(s.admin().Get("/pelita/v1/roster?opd=Dinas%20Pendidikan"))) ==
              std::vector<std::string>{kNipBudi});
        CHECK(nips(learners(s.admin().Get("/pelita/v1/roster?opd=Setda"))) == std::vector<std::string>{kNipCitra});
    }
    SECTION("a learner listed under another OPD moves") {
        const json upload = json::array({{{"nip", kNipCitra}, {"name", "Citra Dewi"}, {"opd", "Dinas Pendidikan"}}});
        REQUIRE(s.putRoster(upload.dump(), "application/json")->status == 200);
        CHECK(learners(s.admin().Get("/pelita/v1/roster?opd=Setda")).empty());
    }
}

TEST_CASE("a roster with problems names each line and changes nothing", "[server][pelita][roster][bad]") {
    PelitaServer s;
    REQUIRE(s.putRoster(kCsv, "text/csv")->status == 200);
    auto refused = [&](const std::string& body, const std::string& type) {
        auto res = s.putRoster(body, type);
        REQUIRE(res);
        INFO(res->body);
        CHECK(res->status == 400);
        CHECK(learners(s.admin().Get("/pelita/v1/roster")).size() == 3);
        return json::parse(res->body)["problems"];
    };
    const auto problems = refused(std::string("nip,name,opd\n") + kNipAni + ",Ani,Setda\n" +
                                      "19850101201001200,Pendek,Setda\n" + "198513012010012001,Bulan 13,Setda\n" +
                                      kNipBudi + ",,Setda\n" + kNipAni + ",Ani lagi,Setda\n" + "1,2\n" +
                                      "\"" + kNipCitra + ",Citra,Setda\n",
                                  "text/csv");
    REQUIRE(problems.size() == 1); // the unclosed quote stops reading
    CHECK(problems[0] == "line 8: a quoted field is never closed");

    const auto lines = refused(std::string("nip,name,opd\n") + kNipAni + ",Ani,Setda\n" +
                                   "19850101201001200,Pendek,Setda\n" + "198513012010012001,Bulan 13,Setda\n" +
                                   kNipBudi + ",,Setda\n" + kNipAni + ",Ani lagi,Setda\n" + "1,2\n",
                               "text/csv");
    CHECK(lines == json::array({"line 3: nip: must be 18 digits (a PNS NIP) or start with a letter (another staff id)",
                                "line 4: nip: digits 1-8 are not a real birth date (YYYYMMDD)",
                                "line 5: name: missing",
                                "line 7: has 2 fields; the header has 3",
                                std::string("line 6: nip: ") + kNipAni + " is also on line 2"}));

    CHECK(refused("nip,nama,jabatan,gaji\n", "text/csv") ==
          json::array({"line 1: unknown column \"gaji\" (expected nip, name, opd, unit, position)",
                       "line 1: the header needs the column opd"}));
    CHECK(refused(json::array({{{"nip", kNipAni}, {"name", 7}, {"opd", "Setda"}, {"pangkat", "III/a"}}}).dump(),
                  "application/json") ==
          json::array({"[0]: name: must be a string", "[0]: unknown property \"pangkat\"", "[0]: name: missing"}));
    CHECK(refused("{}", "application/json")[0] == "the body must be a JSON array of learners (or text/csv)");
    CHECK(refused("nip,name,opd\n", "text/csv")[0] == "the roster lists no learners");
    auto wrongType = s.putRoster(kCsv, "text/plain");
    REQUIRE(wrongType);
    CHECK(wrongType->status == 415);
}

TEST_CASE("a kiosk reads only its own OPD's roster; only admin writes it", "[server][pelita][roster][roles]") {
    PelitaServer s;
    REQUIRE(s.putRoster(kCsv, "text/csv")->status == 200);
    auto unregistered = s.kiosk().Get("/pelita/v1/roster");
    REQUIRE(unregistered);
    CHECK(unregistered->status == 403);
    CHECK(json::parse(unregistered->body)["error"].get<std::string>().find("register") != std::string::npos);

    s.registerKiosk(s.kioskKey, "Setda");
    CHECK(nips(learners(s.kiosk().Get("/pelita/v1/roster"))) == std::vector<std::string>{kNipCitra});
    CHECK(nips(learners(s.kiosk().Get("/pelita/v1/roster?opd=Setda"))) == std::vector<std::string>{kNipCitra});
    auto other = s.kiosk().Get("/pelita/v1/roster?opd=Dinas%20Pendidikan");
    REQUIRE(other);
    CHECK(other->status == 403);
    CHECK(json::parse(other->body)["error"] ==
          "this kiosk is registered to OPD \"Setda\" and may read only that OPD's roster");

    for (const auto& who : {s.kioskKey, s.readerKey}) {
        auto write = s.lrs.clientAs(who).Put("/pelita/v1/roster", kCsv, "text/csv");
        REQUIRE(write);
        CHECK(write->status == 403);
    }
}
