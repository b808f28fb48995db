// Who is learning? Pick your name, or enrol. PINs come with the kiosk issue.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>

namespace pelita::kiosk::views {

void drawLearners(ViewContext& ctx) {
    beginPage("learners");
    ui::Heading(ctx.tr("learners.title"));
    ui::TextWrapped(ctx.tr("learners.intro"));
    ImGui::Spacing();
    if (ctx.state.learners.empty()) ui::Muted(ctx.tr("learners.none"));
    const float width = ImGui::GetContentRegionAvail().x;
    for (const auto& learner : ctx.state.learners) {
        const std::string label = learner.name + "  \xC2\xB7  " + learner.nip + "##" + learner.nip;
        if (ui::Button(label.c_str(), ImVec2(width, 0))) ctx.dispatch(intent::SignIn{learner.nip});
    }
    ImGui::Spacing();
    if (ui::BigButton(ctx.tr("learners.enrol"))) ctx.dispatch(intent::StartEnrol{});
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    // Both languages are always offered in their own words, so anyone can find theirs.
    const bool indonesian = ctx.t.language() == "id";
    if (ui::Button(indonesian ? "English" : "Bahasa Indonesia")) {
        const auto& s = ctx.state.settings;
        ctx.dispatch(intent::SaveSettings{s.serverUrl, s.key, s.secret, indonesian ? "en" : "id"});
    }
    ImGui::SameLine();
    if (ui::Button(ctx.tr("learners.trainer_settings"))) ctx.dispatch(intent::OpenSettings{});
    endPage();
}

} // namespace pelita::kiosk::views
