#pragma once
// WidgetRegistry: what the last frame showed, so automation can find a widget
// by the words on it and check which text is on screen. The ui:: wrappers fill
// it; it records only while enabled (automation on), so a normal kiosk pays nothing.
//
// Frame model: beginFrame() starts collecting, endFrame() publishes. Lookups
// read the last published frame, never the one being drawn.
// Threads: UI thread only.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pelita::kiosk::ui {

// The text ImGui shows for a label: everything before the first "##"
// ("Simpan##form" -> "Simpan", "Simpan###id" -> "Simpan").
std::string_view visibleLabel(std::string_view label);

struct ScreenRect {
    float minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool empty() const { return maxX <= minX || maxY <= minY; }
    float centerX() const { return (minX + maxX) / 2; }
    float centerY() const { return (minY + maxY) / 2; }
    ScreenRect intersect(const ScreenRect& other) const;
    bool contains(const ScreenRect& other) const;
};

struct WidgetRecord {
    std::string label;  // visible label
    std::string kind;   // "button", "radio", "checkbox", "input", "selectable"
    ScreenRect rect;    // the whole widget, in screen pixels
    ScreenRect visible; // the part not clipped by its window (empty if scrolled away)
    std::string window; // ImGui window name it was drawn in
    unsigned windowId = 0;
    bool enabled = true; // false inside ImGui::BeginDisabled()
};

class WidgetRegistry {
public:
    void setEnabled(bool on) { enabled_ = on; }
    bool enabled() const { return enabled_; }

    void beginFrame();
    void record(WidgetRecord widget); // no-op while disabled
    // Publishes the frame: its widgets and all text it rendered.
    void endFrame(std::string screenText);

    // The index-th widget (0-based, in drawing order) whose visible label is
    // exactly `label`; null if there are not that many.
    const WidgetRecord* find(std::string_view label, std::size_t index = 0) const;
    std::size_t count(std::string_view label) const;
    const std::vector<WidgetRecord>& widgets() const { return shown_; }
    const std::string& screenText() const { return shownText_; }
    // True if `text` appears in the rendered text or in a widget label.
    bool showsText(std::string_view text) const;
    // How many frames have been published; lets automation wait for fresh ones.
    std::size_t frameNumber() const { return frames_; }

private:
    bool enabled_ = false;
    std::vector<WidgetRecord> building_;
    std::vector<WidgetRecord> shown_;
    std::string shownText_;
    std::size_t frames_ = 0;
};

// The registry the ui:: wrappers record into.
WidgetRegistry& registry();

} // namespace pelita::kiosk::ui
