#include "views/lesson_display_options.h"

#include "ui/widgets.h"

#include <imgui.h>

#include <cmath>

namespace pelita::kiosk::views {

namespace {

constexpr double kStep = 0.25;

} // namespace

void drawDisplayOptions(ViewContext& ctx) {
    const auto& s = ctx.state.settings;
    const long percent = std::lround(s.textScale * 100);
    ui::TextWrapped(ctx.t.format("display.text_size", {{"percent", std::to_string(percent)}}));
    // Buttons, not a slider: a slider is hard to hit for an unsteady hand, and every
    // press rebuilds the fonts once, not on every pixel of a drag.
    const bool canShrink = s.textScale > 1.0;
    const bool canGrow = s.textScale < 2.0;
    if (!canShrink) ImGui::BeginDisabled();
    if (ui::Button(ctx.tr("display.smaller")))
        ctx.dispatch(intent::SetDisplay{s.textScale - kStep, s.highContrast});
    if (!canShrink) ImGui::EndDisabled();
    ImGui::SameLine();
    if (!canGrow) ImGui::BeginDisabled();
    if (ui::Button(ctx.tr("display.larger"))) ctx.dispatch(intent::SetDisplay{s.textScale + kStep, s.highContrast});
    if (!canGrow) ImGui::EndDisabled();
    ImGui::SameLine();
    // Named by what it will do, in words: the current state is on screen already.
    if (ui::Button(ctx.tr(s.highContrast ? "display.contrast_normal" : "display.contrast_high")))
        ctx.dispatch(intent::SetDisplay{s.textScale, !s.highContrast});
}

} // namespace pelita::kiosk::views
