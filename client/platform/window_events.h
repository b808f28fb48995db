#pragma once
// Internal to the platform layer: GLFW callbacks that tell the frame loop an
// event arrived, so it draws a few frames and then sleeps again.
struct GLFWwindow;

namespace pelita::kiosk::platform {

class Window;

// Install before ImGui's GLFW backend, which then chains to these.
void installEventCallbacks(Window& window);

// Marks that input arrived for `window`; the loop owes it a few frames.
void noteEvent(GLFWwindow* window);

} // namespace pelita::kiosk::platform
