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

// Top right: back to the start screen, and in a --kiosk session, closing the kiosk.
void drawWaysOut(ViewContext& ctx) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto buttonWidth = [&](const char* key) {
        return ImGui::CalcTextSize(ctx.tr(key)).x + style.FramePadding.x * 2;
    };
    float width = buttonWidth("trainer.leave");
    if (ctx.state.kioskMode) width += style.ItemSpacing.x + buttonWidth("trainer.exit_kiosk");
    ImGui::SameLine(ImGui::GetContentRegionMax().x - width);
    if (ctx.state.kioskMode) {
        if (ui::Button(ctx.tr("trainer.exit_kiosk"))) ctx.dispatch(intent::ExitKiosk{});
        ImGui::SameLine();
    }
    if (ui::Button(ctx.tr("trainer.leave"))) ctx.dispatch(intent::SignOut{});
}

} // namespace

void drawTrainer(ViewContext& ctx) {
    // Wider than a reading page: the results table needs the room.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    ImGui::BeginChild("trainer", ImVec2(avail.x, avail.y - statusBarHeight()), false);
    ImGui::PushTextWrapPos(0.0f);
    ui::Heading(ctx.tr("trainer.title"));
    drawWaysOut(ctx);
    // Tabs as tall as a button (>= 44 px at 100 %), so a finger hits them.
    // The padding must hold while each tab is measured and drawn, not for their contents.
    const float em = ImGui::GetFontSize();
    const ImVec2 tabPadding(em * 0.9f, em * 0.6f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, tabPadding);
    const bool bar = ImGui::BeginTabBar("trainer-tabs", ImGuiTabBarFlags_FittingPolicyScroll);
    ImGui::PopStyleVar();
    if (bar) {
        // Trainer mode always opens on its first tab, whichever was last shown.
        const bool entering = ctx.forms.trainerTab.empty();
        for (const TrainerTab& tab : kTabs) {
            const std::string label = std::string(ctx.tr(tab.titleKey)) + "##" + tab.id;
            const ImGuiTabItemFlags flags = entering && &tab == &kTabs[0] ? ImGuiTabItemFlags_SetSelected : 0;
            ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, tabPadding);
            const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
            ImGui::PopStyleVar();
            ui::recordLastItem(label.c_str(), "tab");
            if (!open) continue;
            ImGui::BeginChild(tab.id, ImVec2(0, 0), false);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::Spacing();
            tab.draw(ctx);
            ImGui::Dummy(ImVec2(0, 24));
            ImGui::PopTextWrapPos();
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, tabPadding);
        ImGui::EndTabBar();
        ImGui::PopStyleVar();
    }
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
