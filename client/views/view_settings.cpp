// Trainer settings: where this kiosk sends its records, and a manual sync.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"
#include "views/lesson_display_options.h"

#include <imgui.h>

namespace pelita::kiosk::views {

void drawSettings(ViewContext& ctx) {
    beginPage("settings");
    ui::Heading(ctx.tr("settings.title"));
    Forms& f = ctx.forms;
    ui::LabelledInput((std::string(ctx.tr("settings.server_url")) + "##url").c_str(), &f.serverUrl);
    ui::Muted(ctx.tr("settings.server_url_hint"));
    ui::LabelledInput((std::string(ctx.tr("settings.key")) + "##key").c_str(), &f.key);
    ui::LabelledInput((std::string(ctx.tr("settings.secret")) + "##secret").c_str(), &f.secret,
                      ImGuiInputTextFlags_Password);
    ImGui::Spacing();
    if (ui::BigButton(ctx.tr("settings.save")))
        ctx.dispatch(intent::SaveSettings{f.serverUrl, f.key, f.secret, ""});
    ImGui::Spacing();
    ImGui::Separator();
    ui::Heading(ctx.tr("display.title"));
    drawDisplayOptions(ctx);
    ImGui::Spacing();
    ImGui::Separator();
    ui::Heading(ctx.tr("settings.sync_title"));
    ui::TextWrapped(ctx.t.format("settings.queue", {{"count", std::to_string(ctx.state.sync.queueLength)}}));
    if (!ctx.state.sync.lastError.empty()) ui::Muted(ctx.state.sync.lastError);
    if (ui::Button(ctx.tr("settings.sync_now"))) ctx.dispatch(intent::SyncNow{});
    ImGui::SameLine();
    if (ui::Button(ctx.tr("common.back"))) ctx.dispatch(intent::GoHome{});
    endPage();
}

} // namespace pelita::kiosk::views
