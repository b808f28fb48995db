// The idle warning: a band across the top with a countdown to sign-out. Any
// touch or key cancels it; the button is there so nobody has to guess that.
#include "views/views.h"

#include "platform/style.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace pelita::kiosk::views {

void drawIdleWarning(ViewContext& ctx) {
    const AppState& s = ctx.state;
    if (s.idleSecondsLeft < 0) return;
    const std::string text = s.idleSigningOut && s.unsavedWrites > 0
                                 ? std::string(ctx.tr("idle.saving_first"))
                                 : ctx.t.format("idle.warning", {{"seconds", std::to_string(s.idleSecondsLeft)}});
    const char* button = ctx.tr("idle.still_here");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttonWidth = ImGui::CalcTextSize(button).x + style.FramePadding.x * 4;
    const float wrap = ImGui::GetContentRegionAvail().x - buttonWidth - style.WindowPadding.x * 3;
    // A child window needs its height up front: the wrapped text or the button, whichever is taller.
    const float height = std::max(ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y, ImGui::GetFrameHeight()) +
                         style.WindowPadding.y * 2;
    // Amber: attention, not an error; high contrast keeps its black, where white text shows.
    ImGui::PushStyleColor(ImGuiCol_ChildBg,
                          platform::highContrast() ? style.Colors[ImGuiCol_ChildBg] : ImVec4(1.0f, 0.95f, 0.80f, 1));
    ImGui::BeginChild("idle", ImVec2(0, height), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ui::TextWrapped(text);
    ImGui::PopTextWrapPos();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttonWidth);
    // The click itself is the input that resets the idle clock; there is nothing to send.
    ui::Button(button, ImVec2(buttonWidth, 0));
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

} // namespace pelita::kiosk::views
