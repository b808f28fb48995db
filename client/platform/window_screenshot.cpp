// Screenshots for automation and trainers' demo recordings: the back buffer of
// the frame just rendered, written as PNG.
#define GLFW_INCLUDE_NONE
#include "platform/window.h"

#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <stb_image_write.h>
#include <system_error>
#include <vector>

namespace pelita::kiosk::platform {

bool Window::saveScreenshot(const std::filesystem::path& png, std::string* whyNot) const {
    auto fail = [&](std::string why) {
        if (whyNot) *whyNot = std::move(why);
        return false;
    };
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    if (width <= 0 || height <= 0) return fail("the window has no visible area");

    const auto stride = static_cast<std::size_t>(width) * 4;
    std::vector<unsigned char> pixels(stride * static_cast<std::size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    if (glGetError() != GL_NO_ERROR) return fail("OpenGL could not read the frame");

    // OpenGL's first row is the bottom of the image; PNG's is the top.
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < height; ++y) {
        const auto from = pixels.begin() + static_cast<std::ptrdiff_t>(stride * static_cast<std::size_t>(y));
        std::copy(from, from + static_cast<std::ptrdiff_t>(stride),
                  flipped.begin() +
                      static_cast<std::ptrdiff_t>(stride * static_cast<std::size_t>(height - 1 - y)));
    }
    // The framebuffer's alpha is whatever blending left; a screenshot is opaque.
    for (std::size_t i = 3; i < flipped.size(); i += 4)
        flipped[i] = 255;

    std::error_code ec;
    if (png.has_parent_path()) std::filesystem::create_directories(png.parent_path(), ec);
    if (ec) return fail("cannot create folder " + png.parent_path().string() + ": " + ec.message());
    if (!stbi_write_png(png.string().c_str(), width, height, 4, flipped.data(), static_cast<int>(stride))) {
        return fail("cannot write " + png.string());
    }
    return true;
}

} // namespace pelita::kiosk::platform
