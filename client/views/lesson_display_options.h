#pragma once
// The reading controls offered before and after sign-in: text size in steps of
// 25 % from 100 % to 200 %, and the high-contrast theme. On the start screen (so
// a learner who cannot read the normal size can change it before anything else)
// and in the trainer's settings. Sends intent::SetDisplay; UI thread only.
#include "views/view_context.h"

namespace pelita::kiosk::views {

void drawDisplayOptions(ViewContext& ctx);

} // namespace pelita::kiosk::views
