#pragma once
// The kiosk's widgets: thin wrappers over Dear ImGui that (1) apply the kiosk's
// sizes and fonts and (2) record every clickable widget in ui::registry(), so
// automation scripts can click it by its visible label. Views use these, not
// raw ImGui buttons: a raw ImGui::Button is invisible to automation.
//
// Labels follow ImGui: text after "##" is an id, not shown ("Simpan##profile").
// Threads: UI thread only, between ImGui::NewFrame() and ImGui::Render().
#include <imgui.h>
#include <string>
#include <string_view>

namespace pelita::kiosk::ui {

// A secondary action. Size as ImGui::Button: 0 = fit the label.
bool Button(const char* label, ImVec2 size = ImVec2(0, 0));
// The screen's primary action: accent colour, tall, as wide as the content
// region up to a comfortable maximum.
bool BigButton(const char* label);
bool RadioButton(const char* label, bool active);
bool Checkbox(const char* label, bool* checked);
// Returns true when the text changed (or Enter was pressed with
// ImGuiInputTextFlags_EnterReturnsTrue), as ImGui::InputText.
bool InputText(const char* label, std::string* text, ImGuiInputTextFlags flags = 0);
// A text field with its label above it, as wide as the column: the form field
// older users read most easily. Found by automation under the label's words.
bool LabelledInput(const char* label, std::string* text, ImGuiInputTextFlags flags = 0);
bool Selectable(const char* label, bool selected, ImVec2 size = ImVec2(0, 0));

// Text. None of these format: pass finished strings, "%" is safe.
void Heading(std::string_view text);
void TextWrapped(std::string_view text);
void Muted(std::string_view text); // small, grey: hints and captions

// For widget files (e.g. widgets_quiz.cpp): records the item ImGui just submitted
// in ui::registry() under the visible part of `label`, as kind "button", "input", ...
void recordLastItem(const char* label, const char* kind);

} // namespace pelita::kiosk::ui
