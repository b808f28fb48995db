// Importing the ASN roster on /admin/roster: every bad row reported by line
// with its reason, nothing imported while any row is bad; golongan forms.
#include <catch2/catch.hpp>

#include "admin/roster_import.h"
#include "test_admin_fixture.h"

using nlohmann::json;
using namespace pelita::test;
using pelita::server::admin::canonicalGolongan;
using pelita::server::admin::readRosterImport;

namespace {

const std::string kHeader = "NIP;Nama;OPD;Jabatan;Golongan;Unit Kerja\r\n";

std::vector<std::string> keysOf(const std::vector<pelita::server::admin::RowProblem>& problems) {
    std::vector<std::string> keys;
    for (const auto& p : problems) keys.push_back(std::to_string(p.line) + " " + p.key);
    return keys;
}

} // namespace

TEST_CASE("a roster with bad rows is refused whole, each row named with its reason", "[server][pelita][admin]") {
    AdminDesk desk;
    auto admin = desk.admin();
    const std::string bad = kHeader + kNipAni + ";Ani Lestari;Setda;Analis;III/a;Bagian Umum\r\n" +
                            "19850101201001200;Pendek;Setda;Analis;III/a;\r\n" +        // line 3: 17 digits
                            "198513012010012001;Bulan;Setda;Analis;III/a;\r\n" +        // line 4: month 13
                            std::string(kNipBudi) + ";;Setda;Analis;III/b;\r\n" +      // line 5: no name
                            kNipCitra + ";Citra;Setda;Analis;V/a;\r\n" +               // line 6: golongan
                            kNipAni + ";Ani lagi;Setda;Analis;III/a;\r\n";             // line 7: duplicate
    auto refused = admin.upload("/admin/roster/import", "file", "roster.csv", bad, "text/csv");
    REQUIRE(refused);
    CHECK(refused->status == 400);
    const auto& body = refused->body;
    CHECK(body.find("Tidak ada yang diimpor: 5 masalah") != std::string::npos);
    CHECK(body.find("<strong>Baris 3:</strong> NIP 19850101201001200 harus 18 angka.") != std::string::npos);
    CHECK(body.find("<strong>Baris 4:</strong> NIP 198513012010012001: angka 1-8 bukan tanggal lahir") !=
          std::string::npos);
    CHECK(body.find("<strong>Baris 5:</strong> nama kosong.") != std::string::npos);
    CHECK(body.find("<strong>Baris 6:</strong> golongan &quot;V/a&quot; tidak dikenal") != std::string::npos);
    CHECK(body.find("<strong>Baris 7:</strong> NIP " + std::string(kNipAni) + " sudah ada di baris 2.") !=
          std::string::npos);
    CHECK(json::parse(desk.s.admin().Get("/pelita/v1/roster")->body)["learners"].empty());

    const std::string good = kHeader + kNipAni + ";Ani Lestari;Setda;Analis;iii/a;Bagian Umum\r\n" + kNipBudi +
                             ";Budi Santoso;Setda;Kepala Bagian;IV/b;\r\n" + "PPPK.2023-17;Dewi;Setda;Guru;IX;\r\n";
    auto imported = admin.upload("/admin/roster/import", "file", "roster.csv", good, "text/csv");
    REQUIRE(imported->status == 200);
    CHECK(imported->body.find("3 Peserta dari 1 OPD diimpor") != std::string::npos);
    CHECK(imported->body.find("<td data-label=\"Golongan\">III/a</td>") != std::string::npos);
    // The kiosks' resource still answers as before.
    auto list = json::parse(desk.s.admin().Get("/pelita/v1/roster?opd=Setda")->body)["learners"];
    REQUIRE(list.size() == 3);
    CHECK(list[0] == json{{"nip", kNipAni}, {"name", "Ani Lestari"}, {"opd", "Setda"}, {"unit", "Bagian Umum"},
                          {"position", "Analis"}});
}

TEST_CASE("the English page gives the same reasons in English", "[server][pelita][admin]") {
    AdminDesk desk;
    auto admin = desk.admin();
    admin.cookies["pelita_lang"] = "en";
    auto refused = admin.upload("/admin/roster/import", "file", "r.csv", "nip,nama,opd\n1,2,3\n", "text/csv");
    CHECK(refused->status == 400);
    CHECK(refused->body.find("the header has no jabatan column") != std::string::npos);
    CHECK(refused->body.find("the header has no golongan column") != std::string::npos);
}

TEST_CASE("roster rows are checked as the kiosk checks NIPs", "[server][pelita][admin]") {
    const auto read = [](const std::string& rows) { return readRosterImport("nip,nama,opd,jabatan,golongan\n" + rows, 2026); };
    CHECK(read(std::string(kNipAni) + ",Ani,Setda,Analis,III/a\n"));
    CHECK(keysOf(read("198501012010012001,Ani,Setda,Analis,III/a\n193901012010012001,Tua,Setda,,III/a\n").error()) ==
          std::vector<std::string>{"3 roster.nip.error.birth_year"});
    CHECK(keysOf(read("198501012010013001,Ani,Setda,Analis,III/a\n").error()) ==
          std::vector<std::string>{"2 roster.nip.error.gender"});
    CHECK(keysOf(read("19850101201001200A,Ani,Setda,Analis,III/a\n").error()) ==
          std::vector<std::string>{"2 roster.nip.error.digits"});
    CHECK(keysOf(read("198501012010012001,Ani,,Analis,\n").error()) ==
          std::vector<std::string>{"2 roster.error.opd_missing", "2 roster.error.golongan_missing"});
    CHECK(keysOf(read("198501012010012001,Ani,Setda\n").error()) == std::vector<std::string>{"2 roster.error.field_count"});
    CHECK(keysOf(read("").error()) == std::vector<std::string>{"0 roster.error.no_learners"});
    CHECK(keysOf(readRosterImport("", 2026).error()) == std::vector<std::string>{"0 roster.error.empty"});
    CHECK(keysOf(readRosterImport("nip,nama,opd,jabatan,golongan,gaji\n", 2026).error()) ==
          std::vector<std::string>{"1 roster.error.header_unknown"});
    CHECK(keysOf(read("\"198501012010012001,Ani\n").error()) == std::vector<std::string>{"0 roster.error.csv"});
}

TEST_CASE("golongan forms: PNS I/a to IV/e, PPPK I to XVII", "[server][pelita][admin]") {
    CHECK(canonicalGolongan("III/a") == "III/a");
    CHECK(canonicalGolongan(" iv/E ") == "IV/e");
    CHECK(canonicalGolongan("I/d") == "I/d");
    CHECK(canonicalGolongan("XVII") == "XVII");
    CHECK(canonicalGolongan("ix") == "IX");
    CHECK_FALSE(canonicalGolongan("III/e"));
    CHECK_FALSE(canonicalGolongan("V/a"));
    CHECK_FALSE(canonicalGolongan("XVIII"));
    CHECK_FALSE(canonicalGolongan("III/"));
    CHECK_FALSE(canonicalGolongan("III/ab"));
    CHECK_FALSE(canonicalGolongan("3a"));
    CHECK_FALSE(canonicalGolongan(""));
}
