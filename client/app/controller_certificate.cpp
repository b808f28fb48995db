// Certificates on the kiosk: issued the moment a course is passed (after a quiz
// submit or the last lesson), its PDF written beside records.db, printed through
// `lp`, or copied to a USB stick. The history screen lives in controller_history.cpp.
#include "app/controller.h"
#include "app/controller_certificate_jobs.h"

#include "certificate/certificate_issuer.h"
#include "certificate/certificate_paper.h"
#include "certificate/printer.h"
#include "certificate/removable_media.h"
#include "certificate/siasn_export.h"

namespace pelita::kiosk {

void Controller::issueCertificateIfPassed() {
    const content::Course* course = state_.openCourse();
    if (!course || !state_.learner) return;
    struct Issued {
        std::optional<sync::Certificate> certificate;
        CertificateShelf shelf;
    };
    state_.certificates.loading = true;
    state_.certificates.issued.reset();
    // Queued after the submit or lesson write, so it sees them.
    save<Issued>(
        [learner = *state_.learner, course = *course, settings = state_.settings,
         dataDir = worker_.dataDir()](sync::RecordsStore& store) {
            Issued out;
            out.certificate = certificate::issueIfPassed(store, learner, course, settings.homePage);
            out.shelf = loadShelf(store, learner.nip, settings, dataDir);
            return out;
        },
        [this, iri = course->iri](Issued issued) {
            state_.certificates.loading = false;
            applyShelf(state_.certificates, std::move(issued.shelf));
            if (issued.certificate && issued.certificate->courseIri == iri) state_.certificates.issued = issued.certificate;
            if (!state_.certificates.paperProblem.empty())
                showError("certificate.paper_failed", state_.certificates.paperProblem);
        },
        [this] { state_.certificates.loading = false; });
}

void Controller::on(const intent::PrintCertificate& i) {
    if (!state_.learner || state_.certificates.busy) return;
    state_.certificates.busy = true;
    load<std::optional<std::string>>(
        [number = i.number, dataDir = worker_.dataDir()](sync::RecordsStore&) -> std::optional<std::string> {
            const auto lp = certificate::findLp();
            if (!lp) return std::string("lp");
            return certificate::printFile(*lp, certificate::certificateFile(dataDir, number));
        },
        [this](std::optional<std::string> problem) {
            state_.certificates.busy = false;
            if (problem) return showError("certificate.print_failed", *problem);
            state_.notice = Notice{"certificate.printed", {}, false};
        });
}

void Controller::on(const intent::SaveCertificateToUsb& i) { copyToUsb(i.number, i.folder); }
void Controller::on(const intent::ExportHistoryCsv& i) { copyToUsb(kCsvExport, i.folder); }

void Controller::copyToUsb(const std::string& what, const std::string& folder) {
    if (!state_.learner || state_.certificates.busy) return;
    state_.certificates.busy = true;
    state_.certificates.usbChoices.clear();
    load<UsbOutcome>(
        [what, folder, nip = state_.learner->nip, dataDir = worker_.dataDir()](sync::RecordsStore& store) {
            return saveToUsb(store, what, folder, nip, dataDir);
        },
        [this, what](UsbOutcome outcome) {
            state_.certificates.busy = false;
            if (!outcome.error.empty()) return showError("certificate.usb_failed", outcome.error);
            if (outcome.choices.empty() && outcome.savedTo.empty()) return showError("certificate.no_usb", {});
            if (!outcome.savedTo.empty()) {
                state_.notice = Notice{"certificate.saved", outcome.savedTo, false};
                return;
            }
            state_.certificates.usbChoices = std::move(outcome.choices);
            state_.certificates.usbFor = what;
        });
}

} // namespace pelita::kiosk
