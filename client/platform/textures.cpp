#include "platform/textures.h"

#include <GL/gl.h>
#include <stb_image.h>
#include <stb_image_resize.h>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace pelita::kiosk::platform {

namespace {

// The file's name as UTF-8, for messages (u8string is char8_t in C++20).
std::string nameOf(const std::filesystem::path& file) {
    const auto name = file.filename().u8string();
    return std::string(name.begin(), name.end());
}

} // namespace

Expected<DecodedImage, std::string> decodeImage(const std::filesystem::path& file) {
    // Read the bytes ourselves: stbi_load takes a char* path, which on Windows
    // is not UTF-8, and the file may be named in Indonesian.
    std::ifstream in(file, std::ios::binary);
    if (!in) return unexpected(nameOf(file) + ": file not found");
    const std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    int width = 0, height = 0, channels = 0;
    unsigned char* pixels = stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height,
                                                  &channels, 4);
    if (!pixels) return unexpected(nameOf(file) + ": not a readable image (" + stbi_failure_reason() + ")");
    std::unique_ptr<unsigned char, void (*)(void*)> owned(pixels, stbi_image_free);
    DecodedImage image;
    if (width > kMaxImageWidth) {
        image.width = kMaxImageWidth;
        image.height = std::max(1, static_cast<int>(static_cast<long long>(height) * kMaxImageWidth / width));
        image.rgba.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
        if (!stbir_resize_uint8(pixels, width, height, 0, image.rgba.data(), image.width, image.height, 0, 4))
            return unexpected(nameOf(file) + ": could not be scaled down");
    } else {
        image.width = width;
        image.height = height;
        image.rgba.assign(pixels, pixels + static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    }
    return image;
}

TextureCache::~TextureCache() {
    clear();
}

std::uint64_t TextureCache::texture(const std::string& key, int width, int height, const unsigned char* rgba) {
    if (auto it = textures_.find(key); it != textures_.end()) return it->second;
    GLuint id = 0;
    glGenTextures(1, &id);
    if (!id) return 0;
    glBindTexture(GL_TEXTURE_2D, id);
    // Linear both ways: images are drawn scaled to the column, up or down.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    textures_.emplace(key, id);
    return id;
}

std::uint64_t TextureCache::find(const std::string& key) const {
    const auto it = textures_.find(key);
    return it == textures_.end() ? 0 : it->second;
}

void TextureCache::clear() {
    for (auto& [key, id] : textures_) glDeleteTextures(1, &id);
    textures_.clear();
}

} // namespace pelita::kiosk::platform
