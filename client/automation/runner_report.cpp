#include "automation/runner_report.h"

#include <sstream>

namespace pelita::kiosk::automation {
namespace {

// Enough of the screen to see which view was up without flooding CI logs.
constexpr std::size_t kMaxTextLines = 40;

} // namespace

std::string failureReport(std::size_t stepNumber, std::size_t stepCount, const Step& step,
                          const std::string& why, const ui::WidgetRegistry& screen) {
    std::ostringstream out;
    out << "automation: step " << stepNumber << " of " << stepCount << " failed: " << describe(step) << ": "
        << why << "\n";
    out << "  clickable labels on screen:";
    if (screen.widgets().empty()) out << " (none)";
    for (const auto& widget : screen.widgets()) {
        out << " \"" << widget.label << "\"";
        if (!widget.enabled) out << "(disabled)";
    }
    out << "\n  text on screen:\n";
    std::istringstream text(screen.screenText());
    std::string line;
    std::size_t lines = 0;
    while (std::getline(text, line)) {
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        if (++lines > kMaxTextLines) {
            out << "    | ...\n";
            break;
        }
        out << "    | " << line << "\n";
    }
    if (lines == 0) out << "    (none)\n";
    return out.str();
}

} // namespace pelita::kiosk::automation
