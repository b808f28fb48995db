#pragma once
// The lesson screen's keyboard. Dear ImGui 1.86 moves focus between buttons with
// the arrow keys and leaves Tab to text fields; on a page of reading, arrows
// must scroll instead, and Tab must step through the links and buttons. So this
// screen keeps its own focus ring: Tab / Shift+Tab move it, Enter activates, and
// the focused item wears a thick frame in the theme's focus colour.
// UI thread only; call between ImGui::NewFrame() and Render().
#include <imgui.h>
#include <imgui_internal.h> // ImRect

#include <vector>

namespace pelita::kiosk::views {

class LessonKeys {
public:
    // At the start of the lesson's scrolling page (its child window is current):
    // reads Tab/Enter, and scrolls for Up/Down (a line), PageUp/PageDown (a screen),
    // Home/End. Does nothing while a text field has the keyboard.
    void begin();
    // Right after drawing a clickable item: takes part in the Tab order. Returns
    // true when Enter activates it. `inPage`: the item scrolls with the page (false
    // for buttons fixed below it, which the page never scrolls to).
    bool item(ImGuiID id, const ImRect& rect, bool inPage = true);
    // Same, for the item ImGui submitted last (a button).
    bool lastItem(bool inPage = true);
    // After the page's items and any fixed below it: moves the focus for Tab and
    // scrolls the page to it.
    void end();
    // Forget the focus (another lesson opened).
    void reset() { focused_ = 0; }

private:
    struct Focusable {
        ImGuiID id;
        ImRect rect;
        bool inPage;
    };
    ImGuiWindow* page_ = nullptr;  // the scrolling page, as begin() found it
    std::vector<Focusable> items_; // this frame, in drawing order
    ImGuiID focused_ = 0;
    int move_ = 0;                 // +1 Tab, -1 Shift+Tab, this frame
    bool enter_ = false;
};

} // namespace pelita::kiosk::views
