#include "ui/screen_text.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace pelita::kiosk::ui {
namespace {

// Each window's End() calls LogFinish(). For the "clipboard" log that hands the
// window's text to io.SetClipboardTextFn, which we borrow for the frame; for
// the plain buffer log it would throw the text away.
struct Capture {
    bool active = false;
    std::string text;
    void (*appSetClipboard)(void*, const char*) = nullptr;
};
Capture g_capture;

void collectOrForward(void* userData, const char* text) {
    const ImGuiContext& g = *GImGui;
    // Only LogFinish() passes the log buffer itself; anything else is a real
    // copy (Ctrl+C in a field) and goes to the real clipboard.
    const bool fromLog = g.LogEnabled && g.LogType == ImGuiLogType_Clipboard && text == g.LogBuffer.begin();
    if (g_capture.active && fromLog) {
        g_capture.text += text;
    } else if (g_capture.appSetClipboard) {
        g_capture.appSetClipboard(userData, text);
    }
}

} // namespace

void beginTextCapture() {
    ImGuiIO& io = ImGui::GetIO();
    if (g_capture.active || GImGui->LogEnabled) return; // someone else is logging: leave them be
    g_capture.active = true;
    g_capture.text.clear();
    g_capture.appSetClipboard = io.SetClipboardTextFn;
    io.SetClipboardTextFn = collectOrForward;
    continueTextCapture();
}

void continueTextCapture() {
    const ImGuiContext& g = *GImGui;
    if (!g_capture.active || g.LogEnabled || !g.CurrentWindow) return;
    // Depth 0: logging normally force-opens tree nodes so their contents get
    // logged; capture must not change what the learner sees.
    ImGui::LogToClipboard(0);
}

std::string endTextCapture() {
    if (!g_capture.active) return {};
    ImGui::LogFinish(); // flushes the last window's text through collectOrForward
    ImGui::GetIO().SetClipboardTextFn = g_capture.appSetClipboard;
    g_capture.active = false;
    return std::move(g_capture.text);
}

} // namespace pelita::kiosk::ui
