#define GLFW_INCLUDE_NONE
#include "platform/window_events.h"

#include "platform/window.h"

#include <GLFW/glfw3.h>

namespace pelita::kiosk::platform {

void noteEvent(GLFWwindow* handle) {
    if (auto* window = static_cast<Window*>(glfwGetWindowUserPointer(handle))) {
        window->framesToDraw_ = Window::kSettleFrames;
    }
}

void installEventCallbacks(Window& window) {
    GLFWwindow* handle = window.handle();
    // ImGui's 1.86 backend keeps its own state elsewhere, so the user pointer is ours.
    glfwSetWindowUserPointer(handle, &window);
    // Chained by ImGui's backend (it calls the callback installed before it):
    glfwSetMouseButtonCallback(handle, [](GLFWwindow* w, int, int, int) { noteEvent(w); });
    glfwSetScrollCallback(handle, [](GLFWwindow* w, double, double) { noteEvent(w); });
    glfwSetKeyCallback(handle, [](GLFWwindow* w, int, int, int, int) { noteEvent(w); });
    glfwSetCharCallback(handle, [](GLFWwindow* w, unsigned int) { noteEvent(w); });
    glfwSetWindowFocusCallback(handle, [](GLFWwindow* w, int) { noteEvent(w); });
    glfwSetCursorEnterCallback(handle, [](GLFWwindow* w, int) { noteEvent(w); });
    // Not used by ImGui 1.86's backend (it polls the cursor), so ours alone:
    glfwSetCursorPosCallback(handle, [](GLFWwindow* w, double, double) { noteEvent(w); });
    glfwSetFramebufferSizeCallback(handle, [](GLFWwindow* w, int, int) { noteEvent(w); });
    glfwSetWindowRefreshCallback(handle, [](GLFWwindow* w) { noteEvent(w); });
}

} // namespace pelita::kiosk::platform
