// Trainer mode, "Sinkronisasi": what the sync engine is doing, in words; the
// quarantine with the server's reasons and "Kirim ulang"; and the records' trip
// on a USB stick for an office with no link (bundle out, receipt back).
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <pelita/sync/clock.h>

#include <imgui.h>

namespace pelita::kiosk::views {

namespace {

const char* stateKey(const sync::SyncStatus& s) {
    switch (s.activity) {
    case sync::SyncActivity::NotConfigured: return "sync_panel.state_not_configured";
    case sync::SyncActivity::Offline: return "sync_panel.state_offline";
    case sync::SyncActivity::Connecting: return "sync_panel.state_connecting";
    case sync::SyncActivity::Busy: return "sync_panel.state_busy";
    case sync::SyncActivity::Idle: return "sync_panel.state_idle";
    }
    return "";
}

const char* taskKey(sync::SyncTask task) {
    switch (task) {
    case sync::SyncTask::None: return "sync_panel.task_none";
    case sync::SyncTask::Sending: return "sync_panel.task_sending";
    case sync::SyncTask::CheckingConnection: return "sync_panel.task_checking";
    case sync::SyncTask::WaitingToRetry: return "sync_panel.task_waiting";
    case sync::SyncTask::Downloading: return "sync_panel.task_downloading";
    }
    return "";
}

// The last pass's outcome as a trainer would say it; empty when it went well.
const char* problemKey(sync::SyncOutcome outcome) {
    switch (outcome) {
    case sync::SyncOutcome::Done:
    case sync::SyncOutcome::NotConfigured: return nullptr;
    case sync::SyncOutcome::NoConnection: return "sync_panel.problem_no_connection";
    case sync::SyncOutcome::CredentialRefused: return "sync_panel.problem_credential";
    case sync::SyncOutcome::ServerBusy: return "sync_panel.problem_busy";
    case sync::SyncOutcome::ServerError: return "sync_panel.problem_server";
    case sync::SyncOutcome::LocalError: return "sync_panel.problem_local";
    }
    return nullptr;
}

void line(ViewContext& ctx, const char* labelKey, const std::string& value) {
    ui::TextWrapped(std::string(ctx.tr(labelKey)) + ": " + value);
}

void drawStatus(ViewContext& ctx) {
    const sync::SyncStatus& s = ctx.state.sync;
    beginCard();
    line(ctx, "sync_panel.state", ctx.tr(stateKey(s)));
    line(ctx, "sync_panel.doing", ctx.tr(taskKey(s.task)));
    line(ctx, "sync_panel.queue", std::to_string(s.queueLength));
    line(ctx, "sync_panel.quarantined", std::to_string(s.quarantined));
    line(ctx, "sync_panel.last_success", s.lastSuccessMs > 0 ? sync::localDateTime(s.lastSuccessMs) : ctx.tr("sync_panel.never"));
    if (const char* problem = problemKey(s.lastOutcome)) {
        line(ctx, "sync_panel.last_error", ctx.tr(problem));
        if (!s.lastError.empty()) ui::Muted(s.lastError);
    }
    if (s.nextAttemptMs > 0) line(ctx, "sync_panel.next_retry", sync::localDateTime(s.nextAttemptMs));
    // Usually a document a newer Pelita wrote: left on the server untouched, and
    // nothing on this kiosk is lost, so the trainer reads it as a notice.
    if (!s.resumeProblem.empty()) {
        ui::TextWrapped(ctx.tr("sync_panel.resume_problem"));
        ui::Muted(s.resumeProblem);
    }
    endCard();
    if (ui::BigButton(ctx.tr("settings.sync_now"))) ctx.dispatch(intent::SyncNow{});
}

void drawQuarantine(ViewContext& ctx) {
    const SyncTab& tab = ctx.state.trainer.syncPanel;
    ui::Heading(ctx.tr("sync_panel.quarantine_title"));
    if (tab.quarantine.empty()) return ui::Muted(ctx.tr(tab.loading ? "results.loading" : "sync_panel.quarantine_none"));
    ui::TextWrapped(ctx.tr("sync_panel.quarantine_hint"));
    for (const auto& q : tab.quarantine) {
        ImGui::PushID(q.statementId.c_str());
        beginCard();
        ui::TextWrapped(ctx.t.format("sync_panel.quarantine_reason",
                                     {{"reason", q.reason}, {"status", std::to_string(q.httpStatus)}}));
        ui::Muted(ctx.t.format("sync_panel.quarantine_when", {{"created", sync::localDateTime(q.createdAtMs)},
                                                              {"refused", sync::localDateTime(q.quarantinedAtMs)}}));
        ui::Muted(q.statementId);
        endCard();
        ImGui::PopID();
    }
    ImGui::BeginDisabled(tab.busy);
    if (ui::Button(ctx.tr("sync_panel.resend"))) ctx.dispatch(intent::ReleaseQuarantine{});
    ImGui::EndDisabled();
}

void drawUsbTrip(ViewContext& ctx) {
    const SyncTab& tab = ctx.state.trainer.syncPanel;
    ui::Heading(ctx.tr("sync_panel.usb_title"));
    ui::TextWrapped(ctx.tr("sync_panel.usb_hint"));
    ImGui::BeginDisabled(tab.busy);
    if (ui::Button(ctx.tr("sync_panel.export"))) ctx.dispatch(intent::ExportRecords{});
    ImGui::SameLine();
    if (ui::Button(ctx.tr("sync_panel.import_receipt"))) ctx.dispatch(intent::ImportReceipt{});
    ImGui::EndDisabled();
    drawTrainerUsbChoices(ctx, UsbTask::RecordsBundle, [](std::string f) -> Intent { return intent::ExportRecords{f}; });
    drawTrainerUsbChoices(ctx, UsbTask::Receipt, [](std::string f) -> Intent { return intent::ImportReceipt{f}; });
}

} // namespace

void drawTrainerSync(ViewContext& ctx) {
    // The list follows the engine's count: a statement refused while the tab is open
    // shows up. A load sets the count to what it found, so this settles at once.
    const SyncTab& tab = ctx.state.trainer.syncPanel;
    const bool countMoved = !tab.loading && ctx.state.sync.quarantined != tab.quarantine.size();
    if (trainerTabOpened(ctx, "sync") || countMoved) ctx.dispatch(intent::LoadSyncPanel{});
    drawStatus(ctx);
    drawTabMessage(ctx, ctx.state.trainer.syncPanel.message);
    ImGui::Spacing();
    ImGui::Separator();
    drawQuarantine(ctx);
    ImGui::Spacing();
    ImGui::Separator();
    drawUsbTrip(ctx);
}

} // namespace pelita::kiosk::views
