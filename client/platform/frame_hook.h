#pragma once
// FrameHook: lets automation (or a recorder) step into the frame loop at the
// points where input can be injected and the rendered frame can be read.
// All methods run on the UI thread, in this order, once per frame.

namespace pelita::kiosk::platform {

class FrameHook {
public:
    virtual ~FrameHook() = default;

    // After the GLFW backend wrote the real mouse/keyboard state into ImGuiIO and
    // before ImGui::NewFrame(): the place to overwrite io.MousePos, MouseDown, KeysDown.
    virtual void beforeNewFrame() {}
    // After ImGui::NewFrame(), before the app draws.
    virtual void frameStarted() {}
    // After the app drew, before ImGui::Render(): everything of this frame is submitted.
    virtual void frameDrawn() {}
    // After the frame is rendered into the back buffer, before the swap:
    // the only time Window::saveScreenshot() sees this frame's pixels.
    virtual void afterRender() {}
};

} // namespace pelita::kiosk::platform
