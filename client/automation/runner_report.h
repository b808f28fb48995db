#pragma once
// Internal to the runner: the failure report a trainer or developer reads when
// a script stops — which step, what it wanted, and what the screen showed.
#include "automation/script.h"
#include "ui/widget_registry.h"

#include <cstddef>
#include <string>

namespace pelita::kiosk::automation {

// `stepNumber` is 1-based. Ends with a newline.
std::string failureReport(std::size_t stepNumber, std::size_t stepCount, const Step& step,
                          const std::string& why, const ui::WidgetRegistry& screen);

} // namespace pelita::kiosk::automation
