#include "views/views.h"

#include "platform/fonts.h"
#include "platform/style.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace pelita::kiosk::views {

void drawNotice(ViewContext& ctx) {
    if (!ctx.state.notice) return;
    const Notice& notice = *ctx.state.notice;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttonWidth = 180;
    const float wrap = ImGui::GetContentRegionAvail().x - buttonWidth - style.WindowPadding.x * 3;
    // A child window needs its height up front, so measure the wrapped text.
    float height = ImGui::CalcTextSize(ctx.tr(notice.key), nullptr, false, wrap).y + style.WindowPadding.y * 2;
    if (!notice.detail.empty()) {
        ImGui::PushFont(platform::fonts().small);
        height += ImGui::CalcTextSize(notice.detail.c_str(), nullptr, false, wrap).y + style.ItemSpacing.y;
        ImGui::PopFont();
    }
    // High contrast keeps its black (white text, yellow edge): a pale tint would hide the text.
    const ImVec4 background = platform::highContrast() ? style.Colors[ImGuiCol_ChildBg]
                              : notice.error          ? ImVec4(0.99f, 0.90f, 0.88f, 1)
                                                      : ImVec4(0.89f, 0.96f, 0.89f, 1);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, background);
    ImGui::BeginChild("notice", ImVec2(0, std::max(height, 72.0f)), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ui::TextWrapped(ctx.tr(notice.key));
    if (!notice.detail.empty()) ui::Muted(notice.detail);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttonWidth);
    if (ui::Button(ctx.tr("notice.dismiss"), ImVec2(buttonWidth, 0))) ctx.dispatch(intent::DismissNotice{});
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

} // namespace pelita::kiosk::views
