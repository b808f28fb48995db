// The learner's history: courses passed, with score, JP and certificate. Opening
// it also issues any certificate a power cut kept from being issued at the pass.
#include "app/controller.h"
#include "app/controller_certificate_jobs.h"

#include "certificate/certificate_issuer.h"

namespace pelita::kiosk {

void Controller::on(const intent::OpenHistory&) {
    if (!state_.learner) return;
    state_.screen = Screen::History;
    state_.certificates.loading = true;
    state_.certificates.usbChoices.clear();
    save<CertificateShelf>(
        [learner = *state_.learner, courses = state_.courses, settings = state_.settings,
         dataDir = worker_.dataDir()](sync::RecordsStore& store) {
            for (const auto& course : courses) certificate::issueIfPassed(store, learner, course, settings.homePage);
            return loadShelf(store, learner.nip, settings, dataDir);
        },
        [this](CertificateShelf shelf) {
            state_.certificates.loading = false;
            applyShelf(state_.certificates, std::move(shelf));
            if (!state_.certificates.paperProblem.empty())
                showError("certificate.paper_failed", state_.certificates.paperProblem);
        },
        [this] { state_.certificates.loading = false; });
}

} // namespace pelita::kiosk
