#include "platform/fonts.h"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <fstream>
#include <iterator>
#include <map>
#include <system_error>
#include <vector>

namespace pelita::kiosk::platform {
namespace {

Fonts g_fonts;
std::filesystem::path g_assetsDir; // where the last loadFonts found its files

// Latin-1 and Latin Extended-A cover Indonesian, names with diacritics and the
// macrons of transliterated Arabic terms (a, i, u with a bar). Of General
// Punctuation only the marks writers type: dashes, curly quotes, bullet, ellipsis,
// per mille, guillemets. Every glyph here is rasterised nine times (faces and
// sizes), so blocks nobody uses (currency signs, letterlike symbols, rare
// punctuation) are left out: they were a third of the glyphs (592 -> 387 a face),
// and so of the atlas and of Mesa's copy of it (issue 7).
// Noto Sans has no arrows or check marks: views should say it in words.
// ImGui keeps this pointer until the atlas is built, so it must be static.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, // Basic Latin + Latin-1 Supplement
    0x0100, 0x017F, // Latin Extended-A
    0x2010, 0x2027, // dashes, quotes, dagger, bullet, ellipsis
    0x2030, 0x203A, // per mille, primes, single guillemets
    0,
};
// Code in lessons is ASCII nearly always; Latin-1 covers the rest without
// doubling the atlas for a face used in a few lines.
const ImWchar kMonoRanges[] = {0x0020, 0x00FF, 0};

constexpr float kBodyPx = 22.0f;
constexpr float kHeadingPx = 34.0f;
constexpr float kSubheadingPx = 28.0f;
constexpr float kMinorHeadingPx = 24.0f;
constexpr float kSmallPx = 18.0f;
constexpr float kMonoPx = 20.0f;

std::filesystem::path findFile(const std::filesystem::path& assetsDir, const std::string& file,
                               const char* systemFolder) {
    const std::filesystem::path candidates[] = {assetsDir / "fonts" / file,
                                                std::filesystem::path(systemFolder) / file};
    for (const auto& candidate : candidates) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    }
    return {};
}

std::filesystem::path findFace(const std::filesystem::path& assetsDir, const char* face) {
    return findFile(assetsDir, std::string("NotoSans-") + face + ".ttf", "/usr/share/fonts/truetype/noto");
}

// The whole file, or nothing if it cannot be read.
std::vector<char> readWhole(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    return std::vector<char>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
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
    const auto boldItalic = findFace(assetsDir, "BoldItalic");
    const auto mono = findFile(assetsDir, "DejaVuSansMono.ttf", "/usr/share/fonts/truetype/dejavu");
    if (regular.empty() || bold.empty() || italic.empty() || boldItalic.empty()) {
        return unexpected(
            std::string("Noto Sans fonts not found (need NotoSans-Regular/Bold/Italic/BoldItalic.ttf in ") +
            (assetsDir / "fonts").string() + " or /usr/share/fonts/truetype/noto; install fonts-noto-core)");
    }
    if (mono.empty()) {
        return unexpected("DejaVu Sans Mono not found (need DejaVuSansMono.ttf in " + (assetsDir / "fonts").string() +
                          " or /usr/share/fonts/truetype/dejavu; install fonts-dejavu-core)");
    }
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    // The atlas is as tall as its glyphs need, not the next power of two:
    // OpenGL 3 takes any size, and the rounding cost up to half the texture.
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // Each file is read once and lent to the atlas, and only until the glyphs
    // are rasterised (AddFontFromFileTTF reads Bold four times and Regular twice,
    // and the atlas kept all 4.5 MB for the kiosk's whole life).
    std::map<std::filesystem::path, std::vector<char>> files;
    auto add = [&](const std::filesystem::path& file, float px, const ImWchar* ranges) -> ImFont* {
        auto& bytes = files[file];
        if (bytes.empty()) bytes = readWhole(file);
        if (bytes.empty()) return nullptr;
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;
        // Slight oversampling keeps small strokes crisp on low-resolution kiosk
        // screens; large text does not need it, and it would double the atlas.
        config.OversampleH = px * scale < 30.0f ? 2 : 1;
        config.OversampleV = 1;
        return atlas->AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), px * scale, &config,
                                           ranges);
    };
    Fonts loaded;
    loaded.body = add(regular, kBodyPx, kGlyphRanges); // first font added is ImGui's default
    loaded.bold = add(bold, kBodyPx, kGlyphRanges);
    loaded.italic = add(italic, kBodyPx, kGlyphRanges);
    loaded.boldItalic = add(boldItalic, kBodyPx, kGlyphRanges);
    loaded.heading = add(bold, kHeadingPx, kGlyphRanges);
    loaded.subheading = add(bold, kSubheadingPx, kGlyphRanges);
    loaded.minorHeading = add(bold, kMinorHeadingPx, kGlyphRanges);
    loaded.small = add(regular, kSmallPx, kGlyphRanges);
    loaded.mono = add(mono, kMonoPx, kMonoRanges);
    loaded.scale = scale;
    bool complete = true;
    for (ImFont* font : {loaded.body, loaded.bold, loaded.italic, loaded.boldItalic, loaded.heading,
                         loaded.subheading, loaded.minorHeading, loaded.small, loaded.mono})
        complete = complete && font;
    // Rasterise now, while the files are in memory, then drop them and the
    // font configs that point into them: the glyphs and the alpha atlas are all
    // the texture upload needs, and the upload is when the fonts weigh most.
    complete = complete && atlas->Build();
    atlas->ClearInputData();
    if (!complete) {
        atlas->Clear();
        return unexpected(std::string("could not read the font files in ") + regular.parent_path().string() +
                          " and " + mono.parent_path().string());
    }
    g_assetsDir = assetsDir;
    return loaded;
}

Expected<Fonts, std::string> rebuildFonts(float scale) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    auto loaded = loadFonts(g_assetsDir, scale);
    if (!loaded) {
        // The files were there a moment ago; put back the size that worked.
        auto previous = loadFonts(g_assetsDir, g_fonts.scale);
        if (previous) setFonts(*previous);
        ImGui_ImplOpenGL3_CreateFontsTexture();
        return loaded;
    }
    setFonts(*loaded);
    ImGui_ImplOpenGL3_CreateFontsTexture();
    // The atlas now lives in the texture; the CPU copies (alpha and RGBA, several
    // MB at 200 %) are not needed again until the next rebuild.
    ImGui::GetIO().Fonts->ClearTexData();
    return loaded;
}

} // namespace pelita::kiosk::platform
