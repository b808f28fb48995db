#pragma once
// Horizontal SVG bar charts drawn on the server, one bar per row with its
// label on the left and its number beside the bar, so the figure reads without
// hovering and prints as it shows. Inline <svg>, styled by admin.css (classes
// bar-chart, bar, bar-label, bar-value). No I/O; thread-safe.
#include <optional>
#include <string>
#include <vector>

#include "html.h"

namespace pelita::server::admin {

struct Bar {
    std::string label;     // escaped on output
    double value = 0;
    std::string valueText; // shown beside the bar; empty: the value itself
};

struct BarChartOptions {
    std::string title;                 // the chart's accessible name (escaped)
    std::optional<double> maxValue;    // the full-width value, e.g. 100 for shares; default: the largest bar
    int labelWidth = 110;              // SVG units kept for the labels
};

// An empty `bars` draws nothing.
Html svgBarChart(const std::vector<Bar>& bars, const BarChartOptions& options);

// "12", "12.5": the shortest form of a figure for beside a bar or in a table.
std::string figureText(double value);

} // namespace pelita::server::admin
