#include "app/controller_certificate_jobs.h"

#include "certificate/certificate_paper.h"
#include "certificate/certificate_settings.h"
#include "certificate/printer.h"
#include "certificate/removable_media.h"
#include "certificate/siasn_export.h"

namespace pelita::kiosk {

namespace fs = std::filesystem;

CertificateShelf loadShelf(sync::RecordsStore& store, const std::string& nip, const sync::KioskSettings& settings,
                           const fs::path& dataDir) {
    const auto options = certificate::CertificateSettings::load(store);
    // The QR code points at the server that will answer for the number; before one
    // is configured, at the deployment's own address, where it will be.
    const std::string base = settings.hasServer() ? settings.serverUrl : settings.homePage;
    CertificateShelf shelf;
    shelf.mine = store.certificates(nip);
    shelf.canPrint = certificate::findLp().has_value();
    std::error_code ec;
    for (const auto& c : shelf.mine) {
        if (fs::exists(certificate::certificateFile(dataDir, c.id), ec)) continue;
        certificate::CertificatePaper paper{c, options.issuer, certificate::verificationUrl(base, c.id)};
        if (auto saved = certificate::saveCertificatePdf(paper, dataDir); !saved && shelf.paperProblem.empty())
            shelf.paperProblem = saved.error().message;
    }
    return shelf;
}

void applyShelf(CertificatePage& page, CertificateShelf shelf) {
    page.mine = std::move(shelf.mine);
    page.canPrint = shelf.canPrint;
    page.paperProblem = std::move(shelf.paperProblem);
}

UsbOutcome saveToUsb(sync::RecordsStore& store, const std::string& what, const std::string& folder,
                     const std::string& nip, const fs::path& dataDir) {
    const auto options = certificate::CertificateSettings::load(store);
    UsbOutcome outcome;
    fs::path target = folder;
    if (target.empty()) {
        const auto found = certificate::removableFolders(options.usbFolder);
        if (found.empty()) return outcome;
        if (found.size() > 1) {
            for (const auto& f : found) outcome.choices.push_back(f.string());
            return outcome;
        }
        target = found.front();
    }
    auto written = what == kCsvExport
                       ? certificate::writeToFolder(
                             certificate::siasnCourseCsv(store.certificates(nip), options.siasn),
                             certificate::siasnFileName(nip), target)
                       : certificate::copyToFolder(certificate::certificateFile(dataDir, what), target);
    if (written)
        outcome.savedTo = written->string();
    else
        outcome.error = written.error();
    return outcome;
}

} // namespace pelita::kiosk
