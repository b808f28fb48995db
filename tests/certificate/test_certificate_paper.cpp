#include "certificate/certificate_paper.h"

#include <support/temp_dir.h>

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <memory>

using namespace pelita;
using namespace pelita::certificate;

namespace {

// Runs a command and returns its standard output (poppler-utils, zbar-tools).
std::string run(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string out;
    std::array<char, 4096> buffer{};
    for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0;) out.append(buffer.data(), n);
    return out;
}

bool have(const std::string& tool) { return run("command -v " + tool + " 2>/dev/null").size() > 0; }

CertificatePaper paper() {
    CertificatePaper p;
    p.certificate.id = "PLT-2026-7F3KQ-9XM2A";
    p.certificate.nip = "198501012010011001";
    p.certificate.learnerName = "Dra. Siti Aminah, M.Si.";
    p.certificate.learnerUnit = "Dinas Kependudukan dan Pencatatan Sipil";
    p.certificate.courseTitle = "Dasar-Dasar Pelayanan Prima bagi Aparatur Sipil Negara";
    p.certificate.jpHours = 2;
    p.certificate.scaledScore = 0.857;
    p.certificate.startedAtMs = 1795859200000; // 2026-11-28 around 07:00 UTC
    p.certificate.issuedAtMs = 1795862800000;
    p.issuer = "BKPSDM Kota Sawahlunto";
    p.verifyUrl = verificationUrl("http://127.0.0.1:8080/", p.certificate.id);
    return p;
}

} // namespace

TEST_CASE("the verification URL is the server's certificate resource") {
    CHECK(verificationUrl("https://pelita.example.go.id", "PLT-2026-7F3KQ-9XM2A") ==
          "https://pelita.example.go.id/pelita/v1/certificates/PLT-2026-7F3KQ-9XM2A");
    CHECK(verificationUrl("https://pelita.example.go.id//", "X") == "https://pelita.example.go.id/pelita/v1/certificates/X");
}

TEST_CASE("the certificate PDF carries the learner, course, JP, date, number and a QR code of the check URL") {
    test::TempDir dir;
    auto saved = saveCertificatePdf(paper(), dir.path());
    REQUIRE(saved);
    CHECK(*saved == dir / "certificates/PLT-2026-7F3KQ-9XM2A.pdf");
    std::ifstream in(*saved, std::ios::binary);
    std::string head(8, '\0');
    in.read(head.data(), 8);
    CHECK(head.rfind("%PDF-", 0) == 0);

    REQUIRE(have("pdftotext")); // poppler-utils, from tools/install-deps
    const std::string text = run("pdftotext -layout '" + saved->string() + "' - 2>/dev/null");
    for (const char* expected : {"SERTIFIKAT", "Dra. Siti Aminah, M.Si.", "NIP 198501012010011001",
                                 "Dinas Kependudukan dan Pencatatan Sipil", "Dasar-Dasar Pelayanan Prima", "2 JP",
                                 "nilai 86", "Nomor: PLT-2026-7F3KQ-9XM2A", "BKPSDM Kota Sawahlunto", "November 2026",
                                 "/pelita/v1/certificates/PLT-2026-7F3KQ-9XM2A"})
        CHECK_THAT(text, Catch::Contains(expected));
    const std::string pages = run("pdfinfo '" + saved->string() + "' 2>&1");
    CHECK_THAT(pages, Catch::Contains("842 x 595 pts (A4)"));
    const std::string fonts = run("pdffonts '" + saved->string() + "' 2>&1");
    CHECK_THAT(fonts, Catch::Contains("DejaVuSans"));

    REQUIRE(have("pdftoppm"));
    REQUIRE(have("zbarimg")); // zbar-tools, from tools/install-deps
    run("pdftoppm -r 150 -png -singlefile '" + saved->string() + "' '" + (dir / "page").string() + "'");
    const std::string decoded = run("zbarimg --raw -q '" + (dir / "page.png").string() + "' 2>/dev/null");
    CHECK(decoded == paper().verifyUrl + "\n");
}

TEST_CASE("without its fonts the certificate is refused with the reason, and no file is left") {
    test::TempDir dir;
    auto saved = saveCertificatePdf(paper(), dir.path(), dir / "no-fonts");
    REQUIRE_FALSE(saved);
    CHECK_THAT(saved.error().message, Catch::Contains("DejaVuSans.ttf"));
    CHECK_FALSE(std::filesystem::exists(dir / "certificates/PLT-2026-7F3KQ-9XM2A.pdf"));
}
