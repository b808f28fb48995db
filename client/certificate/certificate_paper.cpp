#include "certificate/certificate_paper.h"

#include "certificate/certificate_dates.h"
#include "certificate/paper_document.h"

#include <pelita/content/records_files.h>
#include <pelita/sync/jp.h>

#include <cmath>

namespace pelita::certificate {
namespace {

constexpr float kWidth = 842, kHeight = 595; // A4 landscape, in points
const Colour kGreen{0.07f, 0.36f, 0.22f};
const Colour kInk{0.10f, 0.10f, 0.10f};
const Colour kGrey{0.35f, 0.35f, 0.35f};

void drawFrame(PaperDocument& doc) {
    doc.strokeRect(24, 24, kWidth - 48, kHeight - 48, 3, kGreen);
    doc.strokeRect(34, 34, kWidth - 68, kHeight - 68, 0.8f, kGreen);
}

// The middle of the page: who passed what.
void drawAward(PaperDocument& doc, const sync::Certificate& c) {
    const float mid = kWidth / 2;
    doc.centred("PELITA  ·  PEMBELAJARAN ASN", Face::Bold, 11, mid, 528, kGreen);
    doc.centred("SERTIFIKAT", Face::Title, 40, mid, 478, kGreen);
    doc.centred("Nomor: " + c.id, Face::Regular, 12, mid, 456, kInk);
    doc.centred("Diberikan kepada", Face::Regular, 14, mid, 414, kGrey);
    doc.centredFit(c.learnerName, Face::Bold, 28, mid, 380, kWidth - 160, kInk);
    std::string who = "NIP " + c.nip;
    if (!c.learnerUnit.empty()) who += "  ·  " + c.learnerUnit;
    doc.centredFit(who, Face::Regular, 13, mid, 356, kWidth - 160, kInk);
    doc.centred("telah LULUS kursus", Face::Regular, 14, mid, 318, kGrey);
    float y = doc.centredWrapped(c.courseTitle, Face::Bold, 22, mid, 286, kWidth - 200, 2, kInk);
    std::string facts = "dengan beban " + sync::jpFigure(c.jpHours) + " JP";
    if (c.scaledScore) facts += "  ·  nilai " + std::to_string(std::lround(*c.scaledScore * 100));
    doc.centred(facts, Face::Regular, 14, mid, y - 28, kInk);
}

// The foot: where and when it was issued on the left, the QR check on the right.
void drawFoot(PaperDocument& doc, const CertificatePaper& paper) {
    const auto& c = paper.certificate;
    doc.text("Diterbitkan pada " + indonesianDate(c.issuedAtMs), Face::Regular, 13, 70, 132, kInk);
    doc.text("oleh " + paper.issuer, Face::Bold, 13, 70, 112, kInk);
    doc.text("Kursus dimulai " + indonesianDate(c.startedAtMs), Face::Regular, 10, 70, 88, kGrey);
    doc.text("Sertifikat ini diterbitkan oleh kios Pelita tanpa tanda tangan basah.", Face::Regular, 9, 70, 72, kGrey);
    const float qrSize = 104, qrX = kWidth - 70 - qrSize, qrY = 96;
    doc.qrCode(paper.verifyUrl, qrX, qrY, qrSize);
    doc.centred("Periksa keaslian:", Face::Regular, 9, qrX + qrSize / 2, qrY - 12, kGrey);
    doc.rightAlignedFit(paper.verifyUrl, Face::Regular, 7, qrX + qrSize, qrY - 24, 330, kGrey);
}

} // namespace

std::string verificationUrl(const std::string& base, const std::string& id) {
    std::string root = base;
    while (!root.empty() && root.back() == '/') root.pop_back();
    return root + "/pelita/v1/certificates/" + id;
}

Expected<std::string, PaperError> renderCertificatePdf(const CertificatePaper& paper,
                                                       const std::filesystem::path& fontFolder) {
    PaperDocument doc(kWidth, kHeight, fontFolder);
    if (auto problem = doc.problem()) return unexpected(PaperError{*problem});
    doc.setInfo("Sertifikat " + paper.certificate.id, paper.issuer);
    drawFrame(doc);
    drawAward(doc, paper.certificate);
    drawFoot(doc, paper);
    auto bytes = doc.finish();
    if (!bytes) return unexpected(PaperError{bytes.error()});
    return std::move(*bytes);
}

std::filesystem::path certificateFile(const std::filesystem::path& dataDir, const std::string& number) {
    return dataDir / "certificates" / (number + ".pdf");
}

Expected<std::filesystem::path, PaperError> saveCertificatePdf(const CertificatePaper& paper,
                                                               const std::filesystem::path& dataDir,
                                                               const std::filesystem::path& fontFolder) {
    auto bytes = renderCertificatePdf(paper, fontFolder);
    if (!bytes) return unexpected(bytes.error());
    const auto file = certificateFile(dataDir, paper.certificate.id);
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) return unexpected(PaperError{"cannot create " + file.parent_path().string() + ": " + ec.message()});
    std::string error;
    if (!content::writeFileAtomically(file, *bytes, error)) return unexpected(PaperError{error});
    return file;
}

} // namespace pelita::certificate
