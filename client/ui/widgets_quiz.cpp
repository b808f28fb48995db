#include "ui/widgets_quiz.h"

#include "ui/screen_text.h"
#include "ui/widgets.h"

#include <algorithm>
#include <imgui_stdlib.h>

namespace pelita::kiosk::ui {

bool InputMultiline(const char* label, std::string* text, float lines) {
    const std::string hidden = std::string("##") + label;
    continueTextCapture();
    const ImVec2 size(-1.0f, ImGui::GetTextLineHeightWithSpacing() * lines + ImGui::GetStyle().FramePadding.y * 2);
    const bool changed = ImGui::InputTextMultiline(hidden.c_str(), text, size);
    recordLastItem(label, "input");
    return changed;
}

bool BeginCombo(const char* label, const char* preview, float width) {
    const std::string hidden = std::string("##") + label;
    continueTextCapture();
    ImGui::SetNextItemWidth(width > 0 ? width : -1.0f);
    const bool open = ImGui::BeginCombo(hidden.c_str(), preview, ImGuiComboFlags_HeightLarge);
    // Recorded after the frame is submitted, whether or not the list is open.
    recordLastItem(label, "combo");
    if (open) continueTextCapture(); // the list is a window of its own
    return open;
}

void EndCombo() { ImGui::EndCombo(); }

bool NamedButton(const std::string& shown, const std::string& name) {
    continueTextCapture();
    const std::string id = shown + "##" + name;
    const bool pressed = ImGui::Button(id.c_str());
    recordLastItem(name.c_str(), "button");
    return pressed;
}

TouchSized::TouchSized() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float padY = std::max(style.FramePadding.y, ImGui::GetFontSize() / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, padY));
}

TouchSized::~TouchSized() { ImGui::PopStyleVar(); }

} // namespace pelita::kiosk::ui
