// The bar along the bottom: who is signed in, whether their work is saved, and sync.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>

#include <pelita/sync/clock.h>

namespace pelita::kiosk::views {

namespace {

std::string syncText(const ViewContext& ctx) {
    const sync::SyncStatus& s = ctx.state.sync;
    const std::string queue = std::to_string(s.queueLength);
    std::string text;
    switch (s.activity) {
    case sync::SyncActivity::NotConfigured: text = ctx.t.format("status.sync_not_configured", {{"count", queue}}); break;
    case sync::SyncActivity::Offline: text = ctx.t.format("status.sync_offline", {{"count", queue}}); break;
    case sync::SyncActivity::Connecting: text = ctx.t.format("status.sync_connecting", {{"count", queue}}); break;
    case sync::SyncActivity::Busy: text = ctx.t.format("status.sync_busy", {{"count", queue}}); break;
    case sync::SyncActivity::Idle: text = ctx.t.format("status.sync_idle", {{"count", queue}}); break;
    }
    if (s.lastSuccessMs > 0) text += "  \xC2\xB7  " + ctx.t.format("status.last_sync", {{"time", sync::localDateTime(s.lastSuccessMs)}});
    return text;
}

} // namespace

void drawStatusBar(ViewContext& ctx) {
    const AppState& s = ctx.state;
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - kStatusBarHeight);
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
