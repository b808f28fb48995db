#include "svg_bar_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pelita::server::admin {

namespace {

constexpr int kWidth = 640;     // viewBox width; the chart scales to its box
constexpr int kRowHeight = 22;
constexpr int kBarHeight = 14;
constexpr int kValueWidth = 70; // kept right of the longest bar for its number

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

} // namespace

std::string figureText(double value) {
    if (std::abs(value - std::round(value)) < 1e-9) return std::to_string(static_cast<long long>(std::llround(value)));
    return number(value);
}

Html svgBarChart(const std::vector<Bar>& bars, const BarChartOptions& options) {
    Html svg;
    if (bars.empty()) return svg;
    double max = options.maxValue.value_or(0);
    for (const auto& bar : bars) max = std::max(max, bar.value);
    if (max <= 0) max = 1; // all zero: empty bars, numbers still shown
    const int height = static_cast<int>(bars.size()) * kRowHeight + 4;
    const double span = kWidth - options.labelWidth - kValueWidth;
    svg.raw("<svg class=\"bar-chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"")
        .attr("viewBox", "0 0 " + std::to_string(kWidth) + " " + std::to_string(height))
        .attr("aria-label", options.title)
        .raw(">")
        .element("title", options.title);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto& bar = bars[i];
        const int y = static_cast<int>(i) * kRowHeight + 2;
        const double length = std::max(0.0, bar.value) / max * span;
        const std::string textY = std::to_string(y + kBarHeight - 2);
        svg.raw("<text class=\"bar-label\" text-anchor=\"end\"")
            .attr("x", std::to_string(options.labelWidth - 6))
            .attr("y", textY)
            .raw(">")
            .text(bar.label)
            .raw("</text><rect class=\"bar\"")
            .attr("x", std::to_string(options.labelWidth))
            .attr("y", std::to_string(y))
            .attr("width", number(length))
            .attr("height", std::to_string(kBarHeight))
            .raw("></rect><text class=\"bar-value\"")
            .attr("x", number(options.labelWidth + length + 6))
            .attr("y", textY)
            .raw(">")
            .text(bar.valueText.empty() ? figureText(bar.value) : bar.valueText)
            .raw("</text>");
    }
    return svg.raw("</svg>");
}

} // namespace pelita::server::admin
