#include "platform/style.h"

#include <imgui.h>

namespace pelita::kiosk::platform {
namespace {

bool g_highContrast = false;

// Government blue, AA contrast (> 4.5:1) against white text.
const AccentColors kAccent = {
    {0.05f, 0.33f, 0.62f, 1.0f}, {0.09f, 0.40f, 0.72f, 1.0f}, {0.03f, 0.25f, 0.50f, 1.0f}};
// On black, a primary button is black with a yellow edge; hovering fills it dark
// blue, so its white text stays above 7:1 in every state.
const AccentColors kAccentHigh = {
    {0.0f, 0.0f, 0.0f, 1.0f}, {0.0f, 0.0f, 0.45f, 1.0f}, {0.0f, 0.0f, 0.65f, 1.0f}};

const ReadingColors kReading = {
    {0.03f, 0.30f, 0.62f, 1.0f}, {0.94f, 0.95f, 0.97f, 1.0f}, {0.55f, 0.62f, 0.75f, 1.0f}};
const ReadingColors kReadingHigh = {
    {1.0f, 1.0f, 0.0f, 1.0f}, {0.12f, 0.12f, 0.12f, 1.0f}, {1.0f, 1.0f, 0.0f, 1.0f}};

ImVec4 rgb(float r, float g, float b, float a = 1.0f) {
    return ImVec4(r, g, b, a);
}

void sizes(ImGuiStyle& style, float scale) {
    style.WindowPadding = ImVec2(24, 24);
    style.FramePadding = ImVec2(16, 12); // with 22 px text: 46 px tall, above the 44 px touch minimum
    style.ItemSpacing = ImVec2(14, 14);
    style.ItemInnerSpacing = ImVec2(10, 8);
    style.ScrollbarSize = 24; // easy to grab with an unsteady mouse
    style.GrabMinSize = 24;
    style.WindowRounding = 0;
    style.FrameRounding = 8;
    style.GrabRounding = 8;
    style.PopupRounding = 8;
    style.ScrollbarRounding = 8;
    style.FrameBorderSize = 1; // fields and buttons need a visible edge on washed-out screens
    style.WindowBorderSize = 0;
    style.ScaleAllSizes(scale);
}

void lightColors(ImVec4* c) {
    ImGui::StyleColorsLight();
    c[ImGuiCol_Text] = rgb(0.08f, 0.08f, 0.10f);
    c[ImGuiCol_TextDisabled] = rgb(0.38f, 0.38f, 0.42f); // still > 4.5:1 on white
    c[ImGuiCol_WindowBg] = rgb(1.0f, 1.0f, 1.0f);
    c[ImGuiCol_ChildBg] = rgb(0.97f, 0.97f, 0.98f);
    c[ImGuiCol_PopupBg] = rgb(1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Border] = rgb(0.55f, 0.57f, 0.62f);
    c[ImGuiCol_FrameBg] = rgb(1.0f, 1.0f, 1.0f);
    c[ImGuiCol_FrameBgHovered] = rgb(0.93f, 0.95f, 0.99f);
    c[ImGuiCol_FrameBgActive] = rgb(0.88f, 0.92f, 0.99f);
    c[ImGuiCol_Button] = rgb(0.90f, 0.92f, 0.95f);
    c[ImGuiCol_ButtonHovered] = rgb(0.82f, 0.87f, 0.95f);
    c[ImGuiCol_ButtonActive] = rgb(0.72f, 0.80f, 0.93f);
    c[ImGuiCol_Header] = rgb(0.86f, 0.91f, 0.98f);
    c[ImGuiCol_HeaderHovered] = rgb(0.80f, 0.87f, 0.97f);
    c[ImGuiCol_HeaderActive] = rgb(0.72f, 0.82f, 0.96f);
    c[ImGuiCol_CheckMark] = rgb(kAccent.normal[0], kAccent.normal[1], kAccent.normal[2]);
    c[ImGuiCol_SliderGrab] = c[ImGuiCol_CheckMark];
    c[ImGuiCol_ScrollbarBg] = rgb(0.95f, 0.95f, 0.96f);
    c[ImGuiCol_ScrollbarGrab] = rgb(0.62f, 0.65f, 0.70f);
    c[ImGuiCol_NavHighlight] = rgb(0.95f, 0.55f, 0.05f); // keyboard focus must be unmistakable
    c[ImGuiCol_ModalWindowDimBg] = rgb(0.0f, 0.0f, 0.0f, 0.45f);
}

// Only black, white and yellow, with every edge drawn: nothing relies on a
// shade of grey a tired eye or an old panel cannot tell apart.
void highContrastColors(ImVec4* c) {
    ImGui::StyleColorsDark();
    const ImVec4 black = rgb(0, 0, 0), white = rgb(1, 1, 1), yellow = rgb(1, 1, 0);
    const ImVec4 darkBlue = rgb(0.0f, 0.0f, 0.45f);
    c[ImGuiCol_Text] = white;
    c[ImGuiCol_TextDisabled] = rgb(0.80f, 0.80f, 0.80f);
    c[ImGuiCol_WindowBg] = black;
    c[ImGuiCol_ChildBg] = black;
    c[ImGuiCol_PopupBg] = black;
    c[ImGuiCol_Border] = yellow;
    c[ImGuiCol_FrameBg] = black;
    c[ImGuiCol_FrameBgHovered] = darkBlue;
    c[ImGuiCol_FrameBgActive] = darkBlue;
    c[ImGuiCol_Button] = black;
    c[ImGuiCol_ButtonHovered] = darkBlue;
    c[ImGuiCol_ButtonActive] = rgb(0.0f, 0.0f, 0.65f);
    c[ImGuiCol_Header] = darkBlue;
    c[ImGuiCol_HeaderHovered] = darkBlue;
    c[ImGuiCol_HeaderActive] = rgb(0.0f, 0.0f, 0.65f);
    c[ImGuiCol_CheckMark] = yellow;
    c[ImGuiCol_SliderGrab] = yellow;
    c[ImGuiCol_SliderGrabActive] = yellow;
    c[ImGuiCol_Separator] = white;
    c[ImGuiCol_ScrollbarBg] = black;
    c[ImGuiCol_ScrollbarGrab] = white;
    c[ImGuiCol_ScrollbarGrabHovered] = yellow;
    c[ImGuiCol_ScrollbarGrabActive] = yellow;
    c[ImGuiCol_PlotHistogram] = yellow;
    c[ImGuiCol_TableHeaderBg] = rgb(0.15f, 0.15f, 0.15f);
    c[ImGuiCol_TableBorderStrong] = white;
    c[ImGuiCol_TableBorderLight] = white;
    c[ImGuiCol_TableRowBg] = black;
    c[ImGuiCol_TableRowBgAlt] = black;
    c[ImGuiCol_NavHighlight] = yellow;
    c[ImGuiCol_ModalWindowDimBg] = rgb(0.0f, 0.0f, 0.0f, 0.75f);
}

} // namespace

void setHighContrast(bool on) {
    g_highContrast = on;
}

bool highContrast() {
    return g_highContrast;
}

const AccentColors& accentColors() {
    return g_highContrast ? kAccentHigh : kAccent;
}

const ReadingColors& readingColors() {
    return g_highContrast ? kReadingHigh : kReading;
}

void applyKioskStyle(float scale) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle(); // ScaleAllSizes multiplies: start from the unscaled defaults each time
    sizes(style, scale);
    if (g_highContrast) {
        style.FrameBorderSize = 2.0f * scale; // a thicker edge reads as "this is a control"
        highContrastColors(style.Colors);
    } else {
        lightColors(style.Colors);
    }
}

} // namespace pelita::kiosk::platform
