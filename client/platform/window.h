#pragma once
// Window: the kiosk's one OS window, its OpenGL context, the ImGui context and
// the event-driven frame loop. Exactly one Window may exist at a time.
//
// Threads: everything here is UI-thread only, except queue().post(), which any
// thread may call while the Window exists.
#include "pelita/content/expected.h"
#include "platform/frame_hook.h"
#include "platform/main_thread_queue.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

struct GLFWwindow;

namespace pelita::kiosk::platform {

struct WindowOptions {
    std::string title = "Pelita";
    int width = 1280;
    int height = 800;
    std::filesystem::path assetsDir; // holds fonts/NotoSans-*.ttf
    float fontScale = 1.0f;          // scales fonts and paddings together
    bool automated = false;          // poll every frame instead of sleeping on events
    // Fullscreen on the primary monitor (or, where that fails, a borderless window
    // covering it); requests to close the window are ignored, so only requestQuit()
    // ends run(). `width` and `height` are then unused.
    bool kiosk = false;
};

class Window {
public:
    // Creates the window with an OpenGL 3.0 context (works on Mesa software GL
    // under Xvfb), the ImGui context and its backends, the kiosk style and fonts.
    // The error says what failed: no display, no GL 3.0, or no fonts.
    static Expected<std::unique_ptr<Window>, std::string> open(const WindowOptions& options);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Runs frames until the window is closed (returns 0) or requestQuit(code)
    // (returns code). Each frame: drain the queue, start the backend frames,
    // hook->beforeNewFrame(), ImGui::NewFrame(), hook->frameStarted(),
    // drawFrame(), hook->frameDrawn(), render, hook->afterRender(), swap.
    // Between frames it sleeps until input or a queue post arrives, unless automated.
    int run(const std::function<void()>& drawFrame, FrameHook* hook = nullptr);

    // Ends run() after the current frame.
    void requestQuit(int exitCode);

    // Asks for a few more frames, e.g. after app state changed without input.
    // Queue posts already do this.
    void requestRedraw();

    MainThreadQueue& queue() { return queue_; }

    // Writes the back buffer as a PNG (creating parent folders). Only meaningful
    // from FrameHook::afterRender(), when the back buffer holds the finished frame.
    // On failure returns false and, if `whyNot` is given, says why.
    bool saveScreenshot(const std::filesystem::path& png, std::string* whyNot = nullptr) const;

    GLFWwindow* handle() const { return window_; }

private:
    // ImGui needs a couple of frames after an input to settle (hover, then
    // press, then the result), so every event buys this many frames.
    static constexpr int kSettleFrames = 3;

    explicit Window(const WindowOptions& options);
    void waitForWork();
    void drawOneFrame(const std::function<void()>& drawFrame, FrameHook* hook);

    WindowOptions options_;
    GLFWwindow* window_ = nullptr;
    MainThreadQueue queue_;
    bool quitRequested_ = false;
    int exitCode_ = 0;
    int framesToDraw_ = 0; // frames still owed after the last event
    bool imguiReady_ = false;
    bool backendsReady_ = false;

    friend void noteEvent(GLFWwindow* window);
};

} // namespace pelita::kiosk::platform
