#include "views/lesson_position.h"

#include <algorithm>
#include <cmath>

namespace pelita::kiosk::views {

namespace {

float bottomOf(const std::vector<float>& tops, float end, std::size_t i) {
    return i + 1 < tops.size() ? tops[i + 1] : end;
}

} // namespace

double positionAt(const std::vector<float>& tops, float end, float y) {
    if (tops.empty() || y <= tops.front()) return 0;
    // The last block whose top is at or above y.
    const auto after = std::upper_bound(tops.begin(), tops.end(), y);
    const auto i = static_cast<std::size_t>(after - tops.begin()) - 1;
    const float height = bottomOf(tops, end, i) - tops[i];
    const double fraction = height > 0 ? std::min(0.999, static_cast<double>((y - tops[i]) / height)) : 0.0;
    return static_cast<double>(i) + std::max(0.0, fraction);
}

float offsetFor(const std::vector<float>& tops, float end, double position) {
    if (tops.empty() || !(position > 0)) return 0;
    const double whole = std::floor(position);
    if (whole >= static_cast<double>(tops.size())) return tops.back();
    const auto i = static_cast<std::size_t>(whole);
    const float height = bottomOf(tops, end, i) - tops[i];
    return tops[i] + static_cast<float>(position - whole) * height;
}

} // namespace pelita::kiosk::views
