#pragma once
// Widgets the quiz player needs beyond widgets.h, recorded in ui::registry() the
// same way so automation scripts can drive them (docs/automation.md).
// Threads: UI thread only, between ImGui::NewFrame() and ImGui::Render().
#include <imgui.h>
#include <string>

namespace pelita::kiosk::ui {

// A multi-line text field as wide as the column and `lines` lines tall. The label
// is not drawn (write it above); automation finds the field under its words.
bool InputMultiline(const char* label, std::string* text, float lines);

// A drop-down showing `preview`, as wide as `width` (0: the rest of the line).
// The label is not drawn; automation finds the drop-down under its words, then its
// open list's ui::Selectable items by theirs. When it returns true, draw the
// choices with ui::Selectable and call EndCombo().
bool BeginCombo(const char* label, const char* preview, float width = 0);
void EndCombo();

// A button that shows `shown` but that automation finds as `name`: for rows of
// look-alike buttons, such as "Naik" beside every item of an ordering question.
bool NamedButton(const std::string& shown, const std::string& name);

// Makes the frames of the widgets drawn in its scope at least 2 em tall: 44 px at
// 100 % text size, the smallest target a finger (or an unsteady hand) hits reliably.
class TouchSized {
public:
    TouchSized();
    ~TouchSized();
    TouchSized(const TouchSized&) = delete;
    TouchSized& operator=(const TouchSized&) = delete;
};

} // namespace pelita::kiosk::ui
