#pragma once
// The kiosk's typefaces: Noto Sans at sizes chosen for readers aged up to 60.
// Loaded once by Window::open(); read with fonts() on the UI thread afterwards.
#include "pelita/content/expected.h"

#include <filesystem>
#include <string>

struct ImFont;

namespace pelita::kiosk::platform {

struct Fonts {
    ImFont* body = nullptr; // default for all text, ~22 px
    ImFont* bold = nullptr;
    ImFont* italic = nullptr;
    ImFont* heading = nullptr; // screen titles, ~34 px bold
    ImFont* small = nullptr;   // hints and captions, ~18 px
};

// The fonts of the open window. Before Window::open() succeeds every pointer is null.
const Fonts& fonts();

// Adds the faces to the current ImGui context's atlas. Looks in
// <assetsDir>/fonts first, then in Debian's /usr/share/fonts/truetype/noto.
// Fails with a message naming the folders searched rather than falling back to
// ImGui's tiny bitmap font, which older learners cannot read.
Expected<Fonts, std::string> loadFonts(const std::filesystem::path& assetsDir, float scale);

// Makes `loaded` what fonts() returns (Window::open() calls this).
void setFonts(const Fonts& loaded);

} // namespace pelita::kiosk::platform
