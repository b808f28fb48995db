#include "views/lesson_keys.h"

#include <imgui_internal.h>

#include <algorithm>

namespace pelita::kiosk::views {

namespace {

bool pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key));
}

} // namespace

void LessonKeys::begin() {
    items_.clear();
    page_ = ImGui::GetCurrentWindow();
    move_ = 0;
    enter_ = false;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    if (pressed(ImGuiKey_Tab)) move_ = io.KeyShift ? -1 : 1;
    enter_ = focused_ != 0 && (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter));
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float page = std::max(line, ImGui::GetWindowHeight() - 2 * line); // a line of overlap keeps the place
    float scroll = ImGui::GetScrollY();
    if (pressed(ImGuiKey_DownArrow)) scroll += 3 * line;
    if (pressed(ImGuiKey_UpArrow)) scroll -= 3 * line;
    if (pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_Space)) scroll += page;
    if (pressed(ImGuiKey_PageUp)) scroll -= page;
    if (pressed(ImGuiKey_Home)) scroll = 0;
    if (pressed(ImGuiKey_End)) scroll = ImGui::GetScrollMaxY();
    if (scroll != ImGui::GetScrollY()) ImGui::SetScrollY(std::clamp(scroll, 0.0f, ImGui::GetScrollMaxY()));
}

bool LessonKeys::item(ImGuiID id, const ImRect& rect, bool inPage) {
    items_.push_back({id, rect, inPage});
    if (id != focused_) return false;
    const float thickness = std::max(3.0f, ImGui::GetFontSize() * 0.15f);
    ImGui::GetWindowDrawList()->AddRect(ImVec2(rect.Min.x - thickness, rect.Min.y - thickness),
                                        ImVec2(rect.Max.x + thickness, rect.Max.y + thickness),
                                        ImGui::GetColorU32(ImGuiCol_NavHighlight), 4.0f, 0, thickness);
    return enter_;
}

bool LessonKeys::lastItem(bool inPage) {
    const ImGuiContext& g = *GImGui;
    return item(g.LastItemData.ID, g.LastItemData.Rect, inPage);
}

void LessonKeys::end() {
    if (move_ == 0 || items_.empty()) return;
    const auto at = std::find_if(items_.begin(), items_.end(), [&](const Focusable& f) { return f.id == focused_; });
    const auto count = static_cast<std::ptrdiff_t>(items_.size());
    std::ptrdiff_t next = 0;
    if (at == items_.end())
        next = move_ > 0 ? 0 : count - 1;
    else
        next = ((at - items_.begin()) + move_ + count) % count;
    const Focusable& target = items_[static_cast<std::size_t>(next)];
    focused_ = target.id;
    if (target.inPage && page_) ImGui::ScrollToBringRectIntoView(page_, target.rect);
}

} // namespace pelita::kiosk::views
