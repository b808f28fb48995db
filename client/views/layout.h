#pragma once
// Page layout shared by the screens: a centred, scrolling column of comfortable
// reading width above the status bar, and bordered cards inside it.
#include <imgui.h>

namespace pelita::kiosk::views {

// Lines much wider than ~75 characters are hard to follow, so the column is capped.
inline constexpr float kColumnWidth = 880.0f;
inline constexpr float kStatusBarHeight = 56.0f;
// Both at the learner's text scale (100-200 %), so large text keeps its line length
// (until the screen's edge) and the status bar its room.
float columnWidth();
float statusBarHeight();

// Starts the page column. Pair with endPage().
void beginPage(const char* id);
void endPage();

// A card: a bordered box around whatever is drawn between the two calls,
// as tall as its content. Pair beginCard() with endCard().
void beginCard();
void endCard();

} // namespace pelita::kiosk::views
