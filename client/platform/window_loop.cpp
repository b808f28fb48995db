// The frame loop. Event-driven so an idle kiosk on an old PC uses ~0 % CPU:
// sleep in glfwWaitEventsTimeout until input or a queue post, draw a few frames
// for ImGui to settle, sleep again.
#define GLFW_INCLUDE_NONE
#include "platform/window.h"

#include "platform/startup_report.h"

#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <algorithm>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <chrono>
#include <imgui.h>
#include <thread>

namespace pelita::kiosk::platform {
namespace {

// Redraw now and then even with no input, so time-based text (e.g. "last
// synced 5 minutes ago") stays roughly current. A full frame costs ~14 ms of
// CPU on Mesa's software GL at 1280x800, so every 2 s measured 0.7 % idle;
// every 10 s keeps an idle kiosk near 0.1 %.
constexpr double kIdleRedrawSeconds = 10.0;
// While a button or key is held ImGui animates (drag, key repeat); without
// vsync (Xvfb, some drivers) this keeps that from spinning a core.
constexpr double kHeldInputFrameSeconds = 1.0 / 60.0;
// Automated runs poll at about 60 frames per second.
constexpr auto kAutomatedFramePeriod = std::chrono::milliseconds(16);

bool inputHeld() {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsAnyMouseDown()) return true;
    return std::any_of(std::begin(io.KeysDown), std::end(io.KeysDown), [](bool down) { return down; });
}

} // namespace

void Window::waitForWork() {
    if (framesToDraw_ > 0) {
        glfwPollEvents();
    } else if (inputHeld()) {
        glfwWaitEventsTimeout(kHeldInputFrameSeconds);
    } else {
        glfwWaitEventsTimeout(kIdleRedrawSeconds);
    }
}

int Window::run(const std::function<void()>& drawFrame, FrameHook* hook) {
    quitRequested_ = false;
    framesToDraw_ = kSettleFrames;
    auto nextFrame = std::chrono::steady_clock::now();
    bool firstFrameDrawn = false;
    while (!quitRequested_ && !glfwWindowShouldClose(window_)) {
        if (options_.automated) {
            std::this_thread::sleep_until(nextFrame);
            nextFrame = std::chrono::steady_clock::now() + kAutomatedFramePeriod;
            glfwPollEvents();
        } else {
            waitForWork();
        }
        const bool posted = queue_.drain() > 0;
        if (glfwGetWindowAttrib(window_, GLFW_ICONIFIED) && !options_.automated) {
            framesToDraw_ = 0; // nothing to see; the restore event wakes us
            continue;
        }
        if (posted) framesToDraw_ = kSettleFrames;
        drawOneFrame(drawFrame, hook);
        if (!firstFrameDrawn) {
            firstFrameDrawn = true;
            reportStartup("first frame");
        }
        if (framesToDraw_ > 0) --framesToDraw_;
    }
    return quitRequested_ ? exitCode_ : 0;
}

void Window::drawOneFrame(const std::function<void()>& drawFrame, FrameHook* hook) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (hook) hook->beforeNewFrame();
    ImGui::NewFrame();
    if (hook) hook->frameStarted();
    drawFrame();
    if (hook) hook->frameDrawn();
    ImGui::Render();

    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (hook) hook->afterRender();
    glfwSwapBuffers(window_);
}

} // namespace pelita::kiosk::platform
