#include "platform/fonts.h"

#include <imgui.h>
#include <system_error>

namespace pelita::kiosk::platform {
namespace {

Fonts g_fonts;

// Latin-1 and Latin Extended-A cover Indonesian and names with diacritics;
// general punctuation brings en dash, curly quotes, bullet and ellipsis, and the
// currency and letterlike blocks bring the rupiah-adjacent signs and "No".
// Noto Sans has no arrows or check marks: views should say it in words.
// ImGui keeps this pointer until the atlas is built, so it must be static.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, // Basic Latin + Latin-1 Supplement
    0x0100, 0x017F, // Latin Extended-A
    0x2000, 0x206F, // General Punctuation
    0x20A0, 0x20BF, // Currency Symbols
    0x2100, 0x215F, // Letterlike Symbols, Number Forms
    0,
};

constexpr float kBodyPx = 22.0f;
constexpr float kHeadingPx = 34.0f;
constexpr float kSmallPx = 18.0f;

std::filesystem::path findFace(const std::filesystem::path& assetsDir, const char* face) {
    const std::string file = std::string("NotoSans-") + face + ".ttf";
    const std::filesystem::path candidates[] = {
        assetsDir / "fonts" / file, std::filesystem::path("/usr/share/fonts/truetype/noto") / file};
    for (const auto& candidate : candidates) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    }
    return {};
}

} // namespace

const Fonts& fonts() {
    return g_fonts;
}

void setFonts(const Fonts& loaded) {
    g_fonts = loaded;
}

Expected<Fonts, std::string> loadFonts(const std::filesystem::path& assetsDir, float scale) {
    const auto regular = findFace(assetsDir, "Regular");
    const auto bold = findFace(assetsDir, "Bold");
    const auto italic = findFace(assetsDir, "Italic");
    if (regular.empty() || bold.empty() || italic.empty()) {
        return unexpected(
            std::string("Noto Sans fonts not found (need NotoSans-Regular/Bold/Italic.ttf in ") +
            (assetsDir / "fonts").string() + " or /usr/share/fonts/truetype/noto; install fonts-noto-core)");
    }
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    auto add = [&](const std::filesystem::path& file, float px) {
        ImFontConfig config;
        // Slight oversampling keeps strokes crisp on low-resolution kiosk screens.
        config.OversampleH = 2;
        config.OversampleV = 1;
        return atlas->AddFontFromFileTTF(file.string().c_str(), px * scale, &config, kGlyphRanges);
    };
    Fonts loaded;
    loaded.body = add(regular, kBodyPx); // first font added is ImGui's default
    loaded.bold = add(bold, kBodyPx);
    loaded.italic = add(italic, kBodyPx);
    loaded.heading = add(bold, kHeadingPx);
    loaded.small = add(regular, kSmallPx);
    if (!loaded.body || !loaded.bold || !loaded.italic || !loaded.heading || !loaded.small) {
        atlas->Clear();
        return unexpected(std::string("could not read the Noto Sans font files in ") +
                          regular.parent_path().string());
    }
    return loaded;
}

} // namespace pelita::kiosk::platform
