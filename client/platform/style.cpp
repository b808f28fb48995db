#include "platform/style.h"

#include <imgui.h>

namespace pelita::kiosk::platform {
namespace {

// Government blue, AA contrast (> 4.5:1) against white text.
const AccentColors kAccent = {
    {0.05f, 0.33f, 0.62f, 1.0f}, {0.09f, 0.40f, 0.72f, 1.0f}, {0.03f, 0.25f, 0.50f, 1.0f}};

ImVec4 rgb(float r, float g, float b, float a = 1.0f) {
    return ImVec4(r, g, b, a);
}

} // namespace

const AccentColors& accentColors() {
    return kAccent;
}

void applyKioskStyle(float scale) {
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(24, 24);
    style.FramePadding = ImVec2(16, 10);
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

    ImVec4* c = style.Colors;
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

} // namespace pelita::kiosk::platform
