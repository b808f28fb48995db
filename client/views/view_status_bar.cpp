// The bar along the bottom: who is signed in, whether their work is saved, and sync.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>

#include <pelita/sync/clock.h>

namespace pelita::kiosk::views {

namespace {

// The key for the first part: what the engine does, or what went wrong when it
// reached the server but could not deliver (a refused credential is not "connected").
const char* activityKey(const sync::SyncStatus& s) {
    if (s.task == sync::SyncTask::CheckingConnection) return "sync.checking";
    if (s.task == sync::SyncTask::Downloading) return "sync.downloading"; // results are sent; courses come
    switch (s.activity) {
    case sync::SyncActivity::NotConfigured: return "status.sync_not_configured";
    case sync::SyncActivity::Offline: return "status.sync_offline";
    case sync::SyncActivity::Connecting: return "status.sync_connecting";
    case sync::SyncActivity::Busy: return "status.sync_busy";
    case sync::SyncActivity::Idle: break;
    }
    switch (s.lastOutcome) {
    case sync::SyncOutcome::CredentialRefused: return "sync.problem_credential";
    case sync::SyncOutcome::ServerBusy: return "sync.problem_server_busy";
    case sync::SyncOutcome::ServerError: return "sync.problem_server_error";
    case sync::SyncOutcome::LocalError: return "sync.problem_local";
    default: return "status.sync_idle";
    }
}

std::string syncText(const ViewContext& ctx) {
    const sync::SyncStatus& s = ctx.state.sync;
    const char* dot = "  \xC2\xB7  ";
    std::string text = ctx.t.format(activityKey(s), {{"count", std::to_string(s.queueLength)}});
    if (s.quarantined > 0) text += dot + ctx.t.format("sync.quarantined", {{"count", std::to_string(s.quarantined)}});
    if (s.task == sync::SyncTask::WaitingToRetry && s.nextAttemptMs > 0)
        text += dot + ctx.t.format("sync.next_attempt", {{"time", sync::localDateTime(s.nextAttemptMs)}});
    if (s.lastSuccessMs > 0) text += dot + ctx.t.format("status.last_sync", {{"time", sync::localDateTime(s.lastSuccessMs)}});
    return text;
}

} // namespace

void drawStatusBar(ViewContext& ctx) {
    const AppState& s = ctx.state;
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - statusBarHeight());
    ImGui::Separator();
    std::string left;
    if (s.learner) left = s.learner->name + "  \xC2\xB7  ";
    if (s.unsavedWrites > 0)
        left += ctx.tr("status.saving");
    else if (s.savedSomething)
        left += ctx.tr("status.saved");
    ui::Muted(left + (left.empty() ? "" : "    ") + syncText(ctx));
}

} // namespace pelita::kiosk::views
