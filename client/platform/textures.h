#pragma once
// Lesson images: decoded from PNG/JPEG/GIF/BMP by stb_image on a worker thread,
// then uploaded as OpenGL textures on the UI thread and kept until the lesson
// closes.
#include "pelita/content/expected.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace pelita::kiosk::platform {

struct DecodedImage {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba; // width * height * 4
};

// Wider images are scaled down to this on decode: more pixels than any kiosk
// column shows only cost memory (a 4000 px photo is 64 MB as RGBA).
inline constexpr int kMaxImageWidth = 1600;

// Reads and decodes `file`. Any thread. The error says why in a trainer's words
// (missing, not an image, corrupt) with the file name.
Expected<DecodedImage, std::string> decodeImage(const std::filesystem::path& file);

// The textures of the open lesson. UI thread only, with the GL context current.
class TextureCache {
public:
    TextureCache() = default;
    ~TextureCache();
    TextureCache(const TextureCache&) = delete;
    TextureCache& operator=(const TextureCache&) = delete;

    // The texture for `key`, uploading `rgba` (width * height * 4 bytes) the
    // first time. Returns 0 if the upload failed.
    std::uint64_t texture(const std::string& key, int width, int height, const unsigned char* rgba);
    // The texture made for `key`, or 0 if there is none.
    std::uint64_t find(const std::string& key) const;
    // Frees every texture (the lesson closed).
    void clear();
    std::size_t size() const { return textures_.size(); }

private:
    std::map<std::string, unsigned int> textures_;
};

} // namespace pelita::kiosk::platform
