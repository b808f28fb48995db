#include "ui/widgets.h"

#include "platform/fonts.h"
#include "platform/style.h"
#include "ui/screen_text.h"
#include "ui/widget_registry.h"

#include <algorithm>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace pelita::kiosk::ui {
namespace {

// In multiples of the font size, so the button grows with WindowOptions::fontScale.
constexpr float kBigButtonHeightEm = 2.7f;
constexpr float kBigButtonMaxWidthEm = 24.0f; // wider reads as a banner, not a button

ScreenRect toRect(const ImRect& r) {
    return {r.Min.x, r.Min.y, r.Max.x, r.Max.y};
}

} // namespace

void recordLastItem(const char* label, const char* kind) {
    WidgetRegistry& reg = registry();
    if (!reg.enabled()) return;
    const ImGuiContext& g = *GImGui;
    const ImGuiWindow* window = g.CurrentWindow;
    WidgetRecord w;
    w.label = std::string(visibleLabel(label));
    w.kind = kind;
    w.rect = toRect(g.LastItemData.Rect);
    w.visible = w.rect.intersect(toRect(window->ClipRect));
    w.window = window->Name;
    w.windowId = window->ID;
    w.enabled = (g.LastItemData.InFlags & ImGuiItemFlags_Disabled) == 0;
    reg.record(std::move(w));
}

namespace {

void pushColor(ImGuiCol slot, const float (&rgba)[4]) {
    ImGui::PushStyleColor(slot, ImVec4(rgba[0], rgba[1], rgba[2], rgba[3]));
}

void unformatted(std::string_view text) {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

} // namespace

bool Button(const char* label, ImVec2 size) {
    continueTextCapture();
    const bool pressed = ImGui::Button(label, size);
    recordLastItem(label, "button");
    return pressed;
}

bool BigButton(const char* label) {
    continueTextCapture();
    const auto& accent = platform::accentColors();
    pushColor(ImGuiCol_Button, accent.normal);
    pushColor(ImGuiCol_ButtonHovered, accent.hovered);
    pushColor(ImGuiCol_ButtonActive, accent.pressed);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const auto& fonts = platform::fonts();
    if (fonts.bold) ImGui::PushFont(fonts.bold);
    const float em = ImGui::GetFontSize();
    const float width = std::min(ImGui::GetContentRegionAvail().x, kBigButtonMaxWidthEm * em);
    const bool pressed = ImGui::Button(label, ImVec2(width, kBigButtonHeightEm * em));
    if (fonts.bold) ImGui::PopFont();
    ImGui::PopStyleColor(4);
    recordLastItem(label, "button");
    return pressed;
}

bool RadioButton(const char* label, bool active) {
    continueTextCapture();
    const bool pressed = ImGui::RadioButton(label, active);
    recordLastItem(label, "radio");
    return pressed;
}

bool Checkbox(const char* label, bool* checked) {
    continueTextCapture();
    const bool pressed = ImGui::Checkbox(label, checked);
    recordLastItem(label, "checkbox");
    return pressed;
}

bool InputText(const char* label, std::string* text, ImGuiInputTextFlags flags) {
    continueTextCapture();
    const bool changed = ImGui::InputText(label, text, flags);
    recordLastItem(label, "input");
    return changed;
}

bool LabelledInput(const char* label, std::string* text, ImGuiInputTextFlags flags) {
    TextWrapped(visibleLabel(label));
    // The label is drawn above, so the field itself shows none; automation still
    // finds the field by the label's words.
    const std::string hidden = std::string("##") + label;
    ImGui::SetNextItemWidth(-1.0f);
    continueTextCapture();
    const bool changed = ImGui::InputText(hidden.c_str(), text, flags);
    recordLastItem(label, "input");
    return changed;
}

bool Selectable(const char* label, bool selected, ImVec2 size) {
    continueTextCapture();
    const bool pressed = ImGui::Selectable(label, selected, 0, size);
    recordLastItem(label, "selectable");
    return pressed;
}

void Heading(std::string_view text) {
    continueTextCapture();
    const auto& fonts = platform::fonts();
    if (fonts.heading) ImGui::PushFont(fonts.heading);
    TextWrapped(text);
    if (fonts.heading) ImGui::PopFont();
}

void TextWrapped(std::string_view text) {
    continueTextCapture();
    ImGui::PushTextWrapPos(0.0f);
    unformatted(text);
    ImGui::PopTextWrapPos();
}

void Muted(std::string_view text) {
    continueTextCapture();
    const auto& fonts = platform::fonts();
    if (fonts.small) ImGui::PushFont(fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    TextWrapped(text);
    ImGui::PopStyleColor();
    if (fonts.small) ImGui::PopFont();
}

} // namespace pelita::kiosk::ui
