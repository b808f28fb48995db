#pragma once
// The kiosk's typefaces: Noto Sans (regular, bold, italic, bold italic) at sizes
// chosen for readers aged up to 60, and DejaVu Sans Mono for code in lessons.
// Loaded by Window::open(); rebuilt at another text size by rebuildFonts().
// Read with fonts() on the UI thread.
#include "pelita/content/expected.h"

#include <filesystem>
#include <string>

struct ImFont;

namespace pelita::kiosk::platform {

struct Fonts {
    ImFont* body = nullptr;       // default for all text, ~22 px at 100 %
    ImFont* bold = nullptr;
    ImFont* italic = nullptr;
    ImFont* boldItalic = nullptr;
    ImFont* heading = nullptr;    // screen titles and a lesson's level-1 headings, ~34 px bold
    ImFont* subheading = nullptr; // a lesson's level-2 headings, ~28 px bold
    ImFont* minorHeading = nullptr; // levels 3 to 6, ~24 px bold
    ImFont* small = nullptr;      // hints and captions, ~18 px
    ImFont* mono = nullptr;       // code in lessons, ~20 px
    float scale = 1.0f;           // the text scale these were built at (1 = 100 %)
};

// The fonts of the open window. Before Window::open() succeeds every pointer is null.
const Fonts& fonts();

// Adds the faces to the current ImGui context's atlas, replacing what it held,
// and rasterises them: the atlas holds the glyphs and their alpha pixels, ready
// for the texture upload, and no longer the font files.
// Looks in <assetsDir>/fonts first, then in Debian's /usr/share/fonts/truetype/noto
// (and .../dejavu for the monospace face). Fails with a message naming the folders
// searched rather than falling back to ImGui's tiny bitmap font, which older
// learners cannot read.
Expected<Fonts, std::string> loadFonts(const std::filesystem::path& assetsDir, float scale);

// Makes `loaded` what fonts() returns (Window::open() calls this).
void setFonts(const Fonts& loaded);

// Builds the fonts again at `scale` (from the folder of the last loadFonts) and
// uploads the new atlas to OpenGL. UI thread, between frames only (e.g. in a
// MainThreadQueue closure): the frame being drawn still refers to the old atlas.
// On failure the old fonts stay.
Expected<Fonts, std::string> rebuildFonts(float scale);

} // namespace pelita::kiosk::platform
