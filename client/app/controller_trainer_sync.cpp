// Trainer mode's "Sinkronisasi" tab: the quarantine and "Kirim ulang", and the
// records' trip on USB for an office with no link: the bundle out
// (sync::exportRecords, as `pelita export-records`) and the server's receipt back
// (sync::applyReceipt, as `pelita import-receipt`). All on the records worker.
#include "app/controller.h"
#include "app/usb_files.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/records_bundle.h>

#include <fstream>
#include <sstream>

namespace pelita::kiosk {

namespace fs = std::filesystem;

void Controller::loadSyncPanel() {
    state_.trainer.syncPanel.loading = true;
    load<std::vector<sync::QuarantinedStatement>>(
        [](sync::RecordsStore& store) { return store.quarantined(); },
        [this](std::vector<sync::QuarantinedStatement> quarantine) {
            state_.trainer.syncPanel.loading = false;
            state_.sync.quarantined = quarantine.size();
            state_.trainer.syncPanel.quarantine = std::move(quarantine);
        });
}

void Controller::on(const intent::LoadSyncPanel&) {
    if (state_.trainerMode) loadSyncPanel();
}

void Controller::on(const intent::ReleaseQuarantine&) {
    if (!state_.trainerMode || state_.trainer.syncPanel.busy) return;
    state_.trainer.syncPanel.busy = true;
    save<std::size_t>([](sync::RecordsStore& store) { return store.releaseQuarantine(); },
                      [this](std::size_t released) {
                          state_.trainer.syncPanel.busy = false;
                          state_.trainer.syncPanel.quarantine.clear(); // back in the queue, not refused (yet)
                          state_.trainer.syncPanel.message =
                              TabMessage{"sync_panel.released", {{"count", std::to_string(released)}}, false};
                          loadSyncPanel();
                          if (hooks_.syncNow) hooks_.syncNow();
                      },
                      [this] { state_.trainer.syncPanel.busy = false; });
}

void Controller::on(const intent::ExportRecords& i) {
    if (!state_.trainerMode || state_.trainer.syncPanel.busy) return;
    state_.trainer.syncPanel.busy = true;
    withUsbFolder(UsbTask::RecordsBundle, i.folder,
                  [this, dataDir = worker_.dataDir()](sync::RecordsStore& store, const fs::path& target) {
                      auto exported = std::make_shared<Expected<sync::ExportedBundle, sync::BundleError>>(
                          sync::exportRecords(store, dataDir, target, sync::nowMs()));
                      queue_.post([this, exported] {
                          auto& panel = state_.trainer.syncPanel;
                          panel.busy = false;
                          if (!*exported)
                              panel.message = TabMessage{"sync_panel.export_failed",
                                                         {{"reason", exported->error().message}}, true};
                          else if ((*exported)->statements == 0)
                              panel.message = TabMessage{"sync_panel.nothing_to_export", {}, false};
                          else
                              panel.message = TabMessage{"sync_panel.exported",
                                                         {{"count", std::to_string((*exported)->statements)},
                                                          {"file", (*exported)->file.string()}},
                                                         false};
                      });
                  });
}

void Controller::on(const intent::ImportReceipt& i) {
    if (!state_.trainerMode || state_.trainer.syncPanel.busy) return;
    state_.trainer.syncPanel.busy = true;
    struct Applied {
        std::size_t files = 0, confirmed = 0, quarantined = 0, notWaiting = 0, pending = 0;
        std::string problem;  // the first receipt refused, and why
    };
    withUsbFolder(UsbTask::Receipt, i.folder,
                  [this, dataDir = worker_.dataDir()](sync::RecordsStore& store, const fs::path& target) {
                      Applied out;
                      for (const auto& file : receiptsAt(target)) {
                          std::ifstream in(file, std::ios::binary);
                          std::ostringstream bytes;
                          bytes << in.rdbuf();
                          auto applied = in ? sync::applyReceipt(store, dataDir, bytes.str())
                                            : unexpected(sync::BundleError{"cannot read the file"});
                          if (!applied) {
                              if (out.problem.empty()) out.problem = file.filename().string() + ": " + applied.error().message;
                              continue;
                          }
                          ++out.files;
                          out.confirmed += applied->confirmed;
                          out.quarantined += applied->quarantined;
                          out.notWaiting += applied->notWaiting;
                      }
                      out.pending = store.pendingCount();
                      queue_.post([this, out, folder = target.string()] {
                          auto& panel = state_.trainer.syncPanel;
                          panel.busy = false;
                          state_.sync.queueLength = out.pending;
                          loadSyncPanel();
                          if (!out.problem.empty())
                              panel.message = TabMessage{"sync_panel.receipt_refused", {{"reason", out.problem}}, true};
                          else if (out.files == 0)
                              panel.message = TabMessage{"sync_panel.no_receipt", {{"folder", folder}}, true};
                          else
                              panel.message = TabMessage{"sync_panel.receipt_applied",
                                                         {{"confirmed", std::to_string(out.confirmed)},
                                                          {"quarantined", std::to_string(out.quarantined)},
                                                          {"done", std::to_string(out.notWaiting)}},
                                                         false};
                      });
                  });
}

} // namespace pelita::kiosk
