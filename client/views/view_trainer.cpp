// Trainer mode: one tab per job (a view_trainer_*.cpp each), under the trainer PIN.
// The way out is always on screen, above the tabs. To add a tab, add its line to kTabs.
#include "views/views.h"

#include "platform/style.h"
#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>

namespace pelita::kiosk::views {

namespace {

struct TrainerTab {
    const char* id;        // for trainerTabOpened()
    const char* titleKey;  // assets/i18n
    void (*draw)(ViewContext&);
};

constexpr TrainerTab kTabs[] = {
    {"learners", "trainer.tab_learners", drawTrainerLearners},
    {"results", "trainer.tab_results", drawTrainerResults},
    {"sync", "trainer.tab_sync", drawTrainerSync},
    {"import", "trainer.tab_import", drawTrainerImport},
    {"catalogue", "trainer.tab_catalogue", drawTrainerCatalogue},
    {"settings", "trainer.tab_settings", drawTrainerSettings},
};

// How wide ui::Button draws `label` with the current frame padding.
float buttonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

// Top right: back to the start screen, and in a --kiosk session, closing the kiosk.
void drawWaysOut(ViewContext& ctx) {
    float width = buttonWidth(ctx.tr("trainer.leave"));
    if (ctx.state.kioskMode) width += ImGui::GetStyle().ItemSpacing.x + buttonWidth(ctx.tr("trainer.exit_kiosk"));
    ImGui::SameLine(ImGui::GetContentRegionMax().x - width);
    if (ctx.state.kioskMode) {
        if (ui::Button(ctx.tr("trainer.exit_kiosk"))) ctx.dispatch(intent::ExitKiosk{});
        ImGui::SameLine();
    }
    if (ui::Button(ctx.tr("trainer.leave"))) ctx.dispatch(intent::SignOut{});
}

// The tabs as a row of buttons that wraps onto another line when the text is
// large, so that every tab stays on screen at 200 % (a tab bar scrolled the last
// ones out of sight). Returns the tab to show.
const TrainerTab& drawTabRow(ViewContext& ctx) {
    // Trainer mode always opens on its first tab, whichever was last shown.
    if (ctx.forms.trainerTab.empty()) ctx.forms.trainerChosen = kTabs[0].id;
    const TrainerTab* shown = &kTabs[0];
    for (const TrainerTab& tab : kTabs)
        if (ctx.forms.trainerChosen == tab.id) shown = &tab;
    const ImGuiStyle& style = ImGui::GetStyle();
    // As tall as a big button (>= 44 px at 100 %), so a finger hits them.
    const float em = ImGui::GetFontSize();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em * 0.9f, em * 0.6f));
    const float right = ImGui::GetContentRegionMax().x;
    for (const TrainerTab& tab : kTabs) {
        const std::string label = std::string(ctx.tr(tab.titleKey)) + "##" + tab.id;
        if (&tab != &kTabs[0]) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + buttonWidth(label.c_str()) > right) ImGui::NewLine();
        }
        const bool chosen = &tab == shown;
        ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[chosen ? ImGuiCol_TabActive : ImGuiCol_Tab]);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, style.Colors[ImGuiCol_TabHovered]);
        if (ui::Button(label.c_str())) ctx.forms.trainerChosen = tab.id;
        ImGui::PopStyleColor(2);
    }
    ImGui::PopStyleVar();
    ImGui::Separator();
    return *shown;
}

} // namespace

void drawTrainer(ViewContext& ctx) {
    // Wider than a reading page: the results table needs the room.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    ImGui::BeginChild("trainer", ImVec2(avail.x, avail.y - statusBarHeight()), false);
    ImGui::PushTextWrapPos(0.0f);
    ui::Heading(ctx.tr("trainer.title"));
    drawWaysOut(ctx);
    const TrainerTab& tab = drawTabRow(ctx);
    ImGui::BeginChild(tab.id, ImVec2(0, 0), false);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Spacing();
    tab.draw(ctx);
    ImGui::Dummy(ImVec2(0, 24));
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

bool trainerTabOpened(ViewContext& ctx, const char* tab) {
    if (ctx.forms.trainerTab == tab) return false;
    ctx.forms.trainerTab = tab;
    return true;
}

void drawTabMessage(ViewContext& ctx, const std::optional<TabMessage>& message) {
    if (!message) return;
    if (platform::highContrast()) return ui::TextWrapped(ctx.t.format(message->key, message->values));
    const ImVec4 colour = message->error ? ImVec4(0.70f, 0.11f, 0.11f, 1) : ImVec4(0.12f, 0.47f, 0.29f, 1);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ui::TextWrapped(ctx.t.format(message->key, message->values));
    ImGui::PopStyleColor();
}

void drawTrainerUsbChoices(ViewContext& ctx, UsbTask task, const std::function<Intent(std::string)>& pick) {
    const UsbChoice& usb = ctx.state.trainer.usb;
    if (usb.task != task || usb.choices.empty()) return;
    ui::TextWrapped(ctx.tr("trainer.usb_pick"));
    for (const auto& folder : usb.choices)
        if (ui::Button(folder.c_str())) ctx.dispatch(pick(folder));
}

} // namespace pelita::kiosk::views
