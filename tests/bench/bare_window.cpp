// bare_window: the baseline for the kiosk's benchmarks (kiosk_bench.sh). The
// smallest Dear ImGui + GLFW program on the same OpenGL as the kiosk: a
// 1280x800 window, the default font, one ImGui window of text, and the same
// event-driven loop (sleep until input or 10 s pass). What the kiosk costs
// beyond this is what Pelita adds.
// Usage: bare_window SECONDS   (exits after that long)
// Prints "first frame at <unix ns>" after the first frame is swapped.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <GL/gl.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    const double seconds = argc > 1 ? std::atof(argv[1]) : 10.0;
    if (!glfwInit()) return std::fputs("bare_window: no display\n", stderr), 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "bare", nullptr, nullptr);
    if (!window) return std::fputs("bare_window: no OpenGL 3.0 window\n", stderr), 1;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    bool first = true;
    int settle = 3; // frames ImGui needs to lay out after an event
    while (!glfwWindowShouldClose(window) && std::chrono::steady_clock::now() < end) {
        if (settle > 0) {
            glfwPollEvents();
        } else {
            glfwWaitEventsTimeout(10.0);
            settle = 3;
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("bare", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::TextUnformatted("A bare Dear ImGui + GLFW window.");
        ImGui::End();
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        if (first) {
            first = false;
            const auto now = std::chrono::system_clock::now().time_since_epoch();
            std::printf("first frame at %lld\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
        }
        --settle;
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
