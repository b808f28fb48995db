#include "views/layout.h"

#include "platform/fonts.h"

#include <algorithm>

namespace pelita::kiosk::views {

namespace {
constexpr float kCardPadding = 20.0f;
}

void beginPage(const char* id) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float scrollbar = ImGui::GetStyle().ScrollbarSize;
    const float width = std::min(columnWidth() + scrollbar, avail.x);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail.x - width) / 2));
    ImGui::BeginChild(id, ImVec2(width, avail.y - statusBarHeight()), false);
    ImGui::PushTextWrapPos(0.0f); // wrap at the column's edge
}

float columnWidth() {
    return kColumnWidth * platform::fonts().scale;
}

float statusBarHeight() {
    return kStatusBarHeight * platform::fonts().scale;
}

void endPage() {
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 24)); // breathing room at the end of a scrolled page
    ImGui::EndChild();
}

void beginCard() {
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->ChannelsSplit(2);
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(1); // content above the background
    ImGui::SetCursorScreenPos(ImVec2(start.x + kCardPadding, start.y + kCardPadding));
    ImGui::BeginGroup();
    const float inner = ImGui::GetContentRegionAvail().x - kCardPadding;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::PushID(static_cast<int>(start.y));
}

void endCard() {
    ImGui::PopID();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSetCurrent(0);
    const ImVec2 boxMin(min.x - kCardPadding, min.y - kCardPadding);
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const ImVec2 boxMax(right, max.y + kCardPadding);
    // The theme's colours, so a card stays readable in high contrast too.
    draw->AddRectFilled(boxMin, boxMax, ImGui::GetColorU32(ImGuiCol_WindowBg), 10.0f);
    draw->AddRect(boxMin, boxMax, ImGui::GetColorU32(ImGuiCol_Border), 10.0f, 0, 1.5f);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(boxMin.x, boxMax.y));
    ImGui::Dummy(ImVec2(0, 4));
}

} // namespace pelita::kiosk::views
