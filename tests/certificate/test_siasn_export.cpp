#include "certificate/certificate_dates.h"
#include "certificate/siasn_export.h"

#include <catch2/catch.hpp>

#include <ctime>

using namespace pelita;
using namespace pelita::certificate;

namespace {

// Noon local time on a date, so the test holds in any time zone.
std::int64_t localNoon(int year, int month, int day) {
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = 12;
    tm.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&tm)) * 1000;
}

sync::Certificate sampleCertificate(const std::string& title) {
    sync::Certificate c;
    c.id = "PLT-2026-7F3KQ-9XM2A";
    c.nip = "198501012010011001";
    c.courseTitle = title;
    c.jpHours = 2;
    c.startedAtMs = localNoon(2026, 11, 27);
    c.issuedAtMs = localNoon(2026, 11, 28);
    return c;
}

} // namespace

TEST_CASE("dates read as Indonesians write them, on paper and for SIASN") {
    CHECK(indonesianDate(localNoon(2026, 11, 28)) == "28 November 2026");
    CHECK(indonesianDate(localNoon(2027, 1, 5)) == "5 Januari 2027");
    CHECK(indonesianDate(localNoon(2026, 8, 17)) == "17 Agustus 2026");
    CHECK(indonesianDate(localNoon(2026, 5, 1)) == "1 Mei 2026");
    CHECK(siasnDate(localNoon(2027, 1, 5)) == "05-01-2027");
    CHECK(localYearOf(localNoon(2027, 1, 5)) == 2027);
}

TEST_CASE("csvField quotes only what needs it, doubling quotes") {
    CHECK(csvField("Pelayanan Prima") == "Pelayanan Prima");
    CHECK(csvField("") == "");
    CHECK(csvField("Etika, Integritas") == "\"Etika, Integritas\"");
    CHECK(csvField("Kursus \"Cepat\"") == "\"Kursus \"\"Cepat\"\"\"");
    CHECK(csvField("dua\nbaris") == "\"dua\nbaris\"");
    CHECK(csvField("cr\rlf") == "\"cr\rlf\"");
}

TEST_CASE("the SIASN CSV has SIASN's riwayat kursus columns and one row per certificate") {
    SiasnOptions options{"BKPSDM Kota Sawahlunto", "A5EB03E23C55F6A0E040640A040252AD", "4", ""};
    const std::string csv = siasnCourseCsv({sampleCertificate("Etika, \"Integritas\" ASN")}, options);
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const std::string body = csv.substr(3);
    const auto headerEnd = body.find("\r\n");
    REQUIRE(headerEnd != std::string::npos);
    CHECK(body.substr(0, headerEnd) ==
          "nipBaru,pnsOrangId,id,instansiId,institusiPenyelenggara,jenisDiklatId,jenisKursus,jenisKursusSertipikat,"
          "jumlahJam,lokasiId,namaKursus,nomorSertipikat,tahunKursus,tanggalKursus,tanggalSelesaiKursus");
    CHECK(body.substr(headerEnd + 2) ==
          "198501012010011001,,,A5EB03E23C55F6A0E040640A040252AD,BKPSDM Kota Sawahlunto,4,,,2,,"
          "\"Etika, \"\"Integritas\"\" ASN\",PLT-2026-7F3KQ-9XM2A,2026,27-11-2026,28-11-2026\r\n");
}

TEST_CASE("a learner without certificates exports the header alone") {
    const std::string csv = siasnCourseCsv({}, {});
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 1);
    CHECK(siasnFileName("198501012010011001") == "riwayat-kursus-198501012010011001.csv");
}
