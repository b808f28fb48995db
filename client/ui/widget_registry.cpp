#include "ui/widget_registry.h"

#include <algorithm>
#include <utility>

namespace pelita::kiosk::ui {

std::string_view visibleLabel(std::string_view label) {
    const auto hashes = label.find("##");
    return hashes == std::string_view::npos ? label : label.substr(0, hashes);
}

ScreenRect ScreenRect::intersect(const ScreenRect& other) const {
    return {std::max(minX, other.minX), std::max(minY, other.minY), std::min(maxX, other.maxX),
            std::min(maxY, other.maxY)};
}

bool ScreenRect::contains(const ScreenRect& other) const {
    return other.minX >= minX && other.minY >= minY && other.maxX <= maxX && other.maxY <= maxY;
}

void WidgetRegistry::beginFrame() {
    building_.clear();
}

void WidgetRegistry::record(WidgetRecord widget) {
    if (enabled_) building_.push_back(std::move(widget));
}

void WidgetRegistry::endFrame(std::string screenText) {
    shown_.swap(building_);
    building_.clear();
    shownText_ = std::move(screenText);
    ++frames_;
}

const WidgetRecord* WidgetRegistry::find(std::string_view label, std::size_t index) const {
    for (const auto& widget : shown_) {
        if (widget.label != label) continue;
        if (index == 0) return &widget;
        --index;
    }
    return nullptr;
}

std::size_t WidgetRegistry::count(std::string_view label) const {
    return static_cast<std::size_t>(
        std::count_if(shown_.begin(), shown_.end(), [&](const WidgetRecord& w) { return w.label == label; }));
}

bool WidgetRegistry::showsText(std::string_view text) const {
    if (shownText_.find(text) != std::string::npos) return true;
    return std::any_of(shown_.begin(), shown_.end(),
                       [&](const WidgetRecord& w) { return w.label.find(text) != std::string::npos; });
}

WidgetRegistry& registry() {
    static WidgetRegistry instance;
    return instance;
}

} // namespace pelita::kiosk::ui
