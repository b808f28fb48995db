// The runner's input steps: a virtual mouse click on a widget found by label,
// typing into the focused field, and key presses, each spread over frames the
// way a person's input would be (move, press, release).
#include "automation/runner.h"
#include "ui/widget_registry.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace pelita::kiosk::automation {
namespace {

constexpr int kMaxScrollAttempts = 3;
// A widget that keeps moving (an animation above it) is clicked where it is after this many tries.
constexpr int kMaxClickRestarts = 30;

ImGuiKey imguiKey(Key key) {
    switch (key) {
    case Key::Enter:
        return ImGuiKey_Enter;
    case Key::Tab:
        return ImGuiKey_Tab;
    case Key::Escape:
        return ImGuiKey_Escape;
    case Key::Backspace:
        return ImGuiKey_Backspace;
    case Key::Delete:
        return ImGuiKey_Delete;
    case Key::Space:
        return ImGuiKey_Space;
    case Key::Up:
        return ImGuiKey_UpArrow;
    case Key::Down:
        return ImGuiKey_DownArrow;
    case Key::Left:
        return ImGuiKey_LeftArrow;
    case Key::Right:
        return ImGuiKey_RightArrow;
    case Key::Home:
        return ImGuiKey_Home;
    case Key::End:
        return ImGuiKey_End;
    case Key::PageUp:
        return ImGuiKey_PageUp;
    case Key::PageDown:
        return ImGuiKey_PageDown;
    }
    return ImGuiKey_Enter;
}

// Bytes in the UTF-8 sequence that starts with `lead` (1 for stray bytes).
std::size_t utf8Length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

} // namespace

void Runner::click(const Step& step) {
    const auto& reg = ui::registry();
    if (phase_ == 0) {
        const ui::WidgetRecord* widget = reg.find(step.text, step.index);
        std::string problem;
        if (!widget) {
            problem = reg.count(step.text) == 0
                          ? "no widget with this label"
                          : "only " + std::to_string(reg.count(step.text)) + " widget(s) with this label";
        } else if (!widget->enabled) {
            problem = "the widget is disabled";
        } else if (!widget->visible.contains(widget->rect) && scrollAttempts_ < kMaxScrollAttempts) {
            // A learner would scroll to it; do the same through its window.
            if (ImGuiWindow* window = ImGui::FindWindowByID(widget->windowId)) {
                ImGui::ScrollToBringRectIntoView(window, ImRect(widget->rect.minX, widget->rect.minY,
                                                                widget->rect.maxX, widget->rect.maxY));
            }
            ++scrollAttempts_;
            return;
        } else if (widget->visible.empty()) {
            problem = "the widget is scrolled out of view";
        } else {
            mouseX_ = widget->visible.centerX();
            mouseY_ = widget->visible.centerY();
            phase_ = 1; // hover this frame, press next, release after
            return;
        }
        if (timedOut(step)) fail(problem + " after " + std::to_string(step.timeout.count()) + " ms");
    } else {
        // The layout may still move (an image decoded, a lesson finished
        // loading): a press or release that would land beside the widget is
        // no click, so it starts over from where the widget is now. A widget
        // that went away did so because of the hover or press itself (the
        // idle warning that any mouse movement ends; a tab): the click goes on.
        const ui::WidgetRecord* widget = reg.find(step.text, step.index);
        const bool moved = widget && (widget->visible.centerX() != mouseX_ || widget->visible.centerY() != mouseY_);
        if (moved && clickRestarts_ < kMaxClickRestarts) {
            ++clickRestarts_;
            mouseDown_ = false;
            phase_ = 0;
            return;
        }
        if (phase_ == 1) {
            mouseDown_ = true;
            phase_ = 2;
        } else {
            mouseDown_ = false;
            pass(kSettleAfterInput);
        }
    }
}

void Runner::type(const Step& step) {
    if (phase_ == 0) {
        if (!ImGui::GetIO().WantTextInput) {
            if (timedOut(step)) fail("no text field has keyboard focus (click the field first)");
            return;
        }
        phase_ = 1;
    }
    // One character per frame, as a person types; filters and callbacks see each.
    const std::size_t length = utf8Length(static_cast<unsigned char>(step.text[typed_]));
    const std::string character = step.text.substr(typed_, length);
    ImGui::GetIO().AddInputCharactersUTF8(character.c_str());
    typed_ += length;
    if (typed_ >= step.text.size()) pass(kSettleAfterInput);
}

void Runner::pressKey(const Step& step) {
    const int index = ImGui::GetIO().KeyMap[imguiKey(step.key)];
    if (index < 0) {
        fail("the platform backend maps no key for " + std::string(keyName(step.key)));
        return;
    }
    if (phase_ == 0) {
        keyDown_ = index;
        phase_ = 1;
    } else {
        keyDown_ = -1;
        keyUp_ = index;
        pass(kSettleAfterInput);
    }
}

void Runner::applyVirtualInput() {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(mouseX_, mouseY_);
    io.MouseDown[0] = mouseDown_;
    const int keyCount = static_cast<int>(IM_ARRAYSIZE(io.KeysDown));
    if (keyUp_ >= 0 && keyUp_ < keyCount) io.KeysDown[keyUp_] = false;
    keyUp_ = -1;
    if (keyDown_ >= 0 && keyDown_ < keyCount) io.KeysDown[keyDown_] = true;
}

} // namespace pelita::kiosk::automation
