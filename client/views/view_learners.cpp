// The start screen: who is learning? Pick your name or type your NIP, then the
// PIN screen asks for the PIN. Also: enrol, the language, and trainer mode.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"
#include "views/lesson_display_options.h"

#include <imgui.h>

namespace pelita::kiosk::views {

namespace {

void drawNipEntry(ViewContext& ctx) {
    Forms& f = ctx.forms;
    const std::string label = std::string(ctx.tr("login.type_nip")) + "##login-nip";
    const bool enter = ui::LabelledInput(label.c_str(), &f.loginNip,
                                         ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue);
    if (ui::Button(ctx.tr("login.next")) || (enter && !f.loginNip.empty())) {
        ctx.dispatch(intent::SignIn{f.loginNip});
        f.loginNip.clear();
    }
}

} // namespace

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
    drawNipEntry(ctx);
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
        ctx.dispatch(intent::DismissNotice{}); // the new language says it was saved; no "settings saved" banner
    }
    ImGui::SameLine();
    if (ui::Button(ctx.tr("login.trainer"))) ctx.dispatch(intent::OpenTrainer{});
    ImGui::Spacing();
    drawDisplayOptions(ctx);
    endPage();
}

} // namespace pelita::kiosk::views
