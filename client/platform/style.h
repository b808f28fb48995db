#pragma once
// The kiosk look. Normal: light, high contrast, generous padding, rounded
// buttons: big targets that look pressable and dark text on white, for learners
// who are not at ease with computers. High contrast: white text on black, yellow
// edges, links and focus, for readers with low vision or a washed-out screen.
// UI thread only, after the ImGui context exists.

namespace pelita::kiosk::platform {

// Chooses the theme for the next applyKioskStyle() (also before Window::open()).
void setHighContrast(bool on);
bool highContrast();

// Resets ImGui's style to the kiosk's at `scale` (1 = 100 %) in the chosen theme.
// Safe to call again between frames when the scale or theme changes.
void applyKioskStyle(float scale);

// The accent colour of primary actions (ui::BigButton) and its hover/pressed
// shades; their text is white in both themes.
struct AccentColors {
    float normal[4];
    float hovered[4];
    float pressed[4];
};
const AccentColors& accentColors();

// Colours with a meaning that the theme decides: a link, and a lesson's code
// and quote backgrounds. RGBA, 0..1.
struct ReadingColors {
    float link[4];
    float codeBackground[4];
    float quoteBar[4];
};
const ReadingColors& readingColors();

} // namespace pelita::kiosk::platform
