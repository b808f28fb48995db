// Trainer mode's "Hasil peserta" tab: every learner's results, read on the records
// worker, and the filtered table saved as CSV to a USB stick. Also the USB folder
// choice every trainer tab shares (withUsbFolder).
#include "app/controller.h"

#include "certificate/certificate_settings.h"
#include "certificate/removable_media.h"

#include <pelita/sync/clock.h>

namespace pelita::kiosk {

namespace fs = std::filesystem;

void Controller::withUsbFolder(UsbTask task, const std::string& folder,
                               std::function<void(sync::RecordsStore&, const fs::path&)> then) {
    state_.trainer.usb = {};
    struct Found {
        bool ran = false;
        std::vector<std::string> choices;
    };
    load<Found>(
        [folder, then = std::move(then)](sync::RecordsStore& store) {
            Found out;
            fs::path target = folder;
            if (target.empty()) {
                // The trainer's shared folder (certificate.usb_folder) counts as a stick.
                const auto found = certificate::removableFolders(certificate::CertificateSettings::load(store).usbFolder);
                if (found.size() != 1) {
                    for (const auto& f : found) out.choices.push_back(f.string());
                    return out;
                }
                target = found.front();
            }
            then(store, target);
            out.ran = true;
            return out;
        },
        [this, task](Found found) {
            if (found.ran) return;
            state_.trainer.syncPanel.busy = false;
            if (found.choices.empty()) return showError("trainer.no_usb", {});
            state_.trainer.usb = UsbChoice{task, std::move(found.choices)};
        });
}

void Controller::on(const intent::LoadResults&) {
    if (!state_.trainerMode) return;
    state_.trainer.results.loading = true;
    load<std::vector<LearnerResult>>(
        [courses = state_.courses, language = state_.settings.language](sync::RecordsStore& store) {
            return collectResults(store, courses, language);
        },
        [this](std::vector<LearnerResult> rows) {
            state_.trainer.results.loading = false;
            state_.trainer.results.rows = std::move(rows);
        });
}

void Controller::on(const intent::ExportResultsCsv& i) {
    if (!state_.trainerMode) return;
    if (!hooks_.words) return showError("results.csv_failed", "no UI strings");
    const std::string csv = resultsCsv(visibleResults(state_.trainer.results.rows, i.view), hooks_.words());
    withUsbFolder(UsbTask::ResultsCsv, i.folder, [this, csv](sync::RecordsStore&, const fs::path& target) {
        auto written = certificate::writeToFolder(csv, resultsFileName(sync::nowMs()), target);
        queue_.post([this, written = std::move(written)] {
            state_.trainer.results.message =
                written ? TabMessage{"results.csv_saved", {{"file", written->string()}}, false}
                        : TabMessage{"results.csv_failed", {{"reason", written.error()}}, true};
        });
    });
}

} // namespace pelita::kiosk
