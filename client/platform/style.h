#pragma once
// The kiosk look: light, high contrast, generous padding, rounded buttons.
// Chosen for learners who are not at ease with computers: big targets that
// look pressable and dark text on white. Call on the UI thread after the ImGui
// context exists.

namespace pelita::kiosk::platform {

void applyKioskStyle(float scale);

// The accent colour of primary actions (ui::BigButton) and its hover/pressed shades.
struct AccentColors {
    float normal[4];
    float hovered[4];
    float pressed[4];
};
const AccentColors& accentColors();

} // namespace pelita::kiosk::platform
