// Window lifetime: GLFW, the GL context, ImGui and its backends, in that order
// up and the reverse order down.
#define GLFW_INCLUDE_NONE
#include "platform/window.h"

#include "platform/fonts.h"
#include "platform/style.h"
#include "platform/window_events.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace pelita::kiosk::platform {
namespace {

bool g_windowOpen = false; // ImGui's GLFW backend keeps global state: one window at a time

std::string lastGlfwError() {
    const char* description = nullptr;
    glfwGetError(&description);
    return description ? description : "unknown GLFW error";
}

// The kiosk's window: fullscreen on the primary monitor at its current mode. Where
// that fails (no video mode to take), a borderless window over the whole monitor.
GLFWwindow* createKioskWindow(const std::string& title) {
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (!mode) return nullptr;
    // A fullscreen window iconifies when it loses focus by default; a kiosk stays up.
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    if (GLFWwindow* fullscreen = glfwCreateWindow(mode->width, mode->height, title.c_str(), monitor, nullptr))
        return fullscreen;
    int x = 0, y = 0;
    glfwGetMonitorPos(monitor, &x, &y);
    glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    glfwWindowHint(GLFW_FLOATING, GLFW_TRUE);
    GLFWwindow* borderless = glfwCreateWindow(mode->width, mode->height, title.c_str(), nullptr, nullptr);
    if (borderless) glfwSetWindowPos(borderless, x, y);
    return borderless;
}

} // namespace

Window::Window(const WindowOptions& options) : options_(options) {}

Expected<std::unique_ptr<Window>, std::string> Window::open(const WindowOptions& options) {
    if (g_windowOpen) return unexpected(std::string("a kiosk window is already open"));
    if (!glfwInit()) {
        return unexpected("cannot start the window system: " + lastGlfwError() +
                          " (is DISPLAY set? for tests run under xvfb-run)");
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWwindow* handle = options.kiosk ? createKioskWindow(options.title)
                                       : glfwCreateWindow(options.width, options.height, options.title.c_str(),
                                                          nullptr, nullptr);
    if (!handle) {
        const std::string size = options.kiosk ? std::string("fullscreen")
                                               : std::to_string(options.width) + "x" + std::to_string(options.height);
        std::string why = "cannot create a " + size + " window with OpenGL 3.0: " + lastGlfwError();
        glfwTerminate();
        return unexpected(std::move(why));
    }
    // From here on the destructor undoes whatever was set up.
    std::unique_ptr<Window> self(new Window(options));
    self->window_ = handle;
    g_windowOpen = true;
    glfwMakeContextCurrent(handle);
    glfwSwapInterval(1);
    // Views are laid out for at least this much room; smaller would clip buttons.
    glfwSetWindowSizeLimits(handle, 800, 600, GLFW_DONT_CARE, GLFW_DONT_CARE);
    // GLFW raises the close flag before this runs; a learner's Alt+F4 lowers it again.
    if (options.kiosk)
        glfwSetWindowCloseCallback(handle, [](GLFWwindow* w) { glfwSetWindowShouldClose(w, GLFW_FALSE); });

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    self->imguiReady_ = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // a shared kiosk must start the same way every time
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // A steady caret is easy to find and lets the loop sleep while a field has focus.
    io.ConfigInputTextCursorBlink = false;
    applyKioskStyle(options.fontScale);
    auto loaded = loadFonts(options.assetsDir, options.fontScale);
    if (!loaded) return unexpected(loaded.error());
    setFonts(*loaded);

    // Our callbacks go in first: ImGui's backend chains to them, so we learn of
    // every event without reimplementing its input handling.
    installEventCallbacks(*self);
    if (!ImGui_ImplGlfw_InitForOpenGL(handle, true) || !ImGui_ImplOpenGL3_Init("#version 130")) {
        return unexpected(std::string("cannot start Dear ImGui's GLFW/OpenGL 3 backends"));
    }
    self->backendsReady_ = true;
    // Upload the font atlas now and drop its CPU copies (alpha and RGBA): with
    // software OpenGL the texture already sits in RAM once, and the copies
    // would hold it twice more for the kiosk's whole life.
    if (!ImGui_ImplOpenGL3_CreateDeviceObjects())
        return unexpected(std::string("cannot create the OpenGL objects Dear ImGui draws with"));
    io.Fonts->ClearTexData();
    self->queue_.setWakeup([] { glfwPostEmptyEvent(); });
    return self;
}

Window::~Window() {
    // Posts from workers that outlive us must not wake a terminated GLFW.
    queue_.setWakeup(nullptr);
    if (backendsReady_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    if (imguiReady_) ImGui::DestroyContext();
    setFonts({});
    if (window_) glfwDestroyWindow(window_);
    glfwTerminate();
    g_windowOpen = false;
}

void Window::requestQuit(int exitCode) {
    quitRequested_ = true;
    exitCode_ = exitCode;
}

void Window::requestRedraw() {
    framesToDraw_ = kSettleFrames;
}

} // namespace pelita::kiosk::platform
