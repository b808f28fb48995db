// The learner's home: JP earned this year against the 20 JP duty, the last
// sync, and their courses, each with its JP hours.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/jp.h>

#include <imgui.h>

#include <algorithm>

namespace pelita::kiosk::views {

namespace {
// The year's JP as a bar: the part earned in the accent colour, the target as the whole.
// While the figure loads the card keeps its shape, so nothing below it jumps
// (a button moving under a finger about to tap it is a missed tap).
void drawJpBar(ViewContext& ctx) {
    const std::string target = sync::jpFigure(sync::kYearlyJpTarget);
    const double jp = ctx.state.jpThisYear.value_or(0);
    if (ctx.state.jpThisYear)
        ui::TextWrapped(ctx.t.format("home.jp_year", {{"jp", sync::jpFigure(jp)}, {"target", target}}));
    else
        ui::TextWrapped(ctx.tr("home.jp_loading"));
    const float fraction = static_cast<float>(std::clamp(jp / sync::kYearlyJpTarget, 0.0, 1.0));
    const float em = ImGui::GetFontSize();
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(0.12f, 0.47f, 0.29f, 1)); // green: progress, not a warning
    ImGui::ProgressBar(fraction, ImVec2(-1.0f, 1.4f * em), "");
    ImGui::PopStyleColor();
    if (!ctx.state.jpThisYear)
        ui::Muted(" ");
    else if (jp >= sync::kYearlyJpTarget)
        ui::Muted(ctx.tr("home.jp_done"));
    else
        ui::Muted(ctx.t.format("home.jp_left", {{"jp", sync::jpFigure(sync::kYearlyJpTarget - jp)}}));
}
} // namespace

void drawHome(ViewContext& ctx) {
    beginPage("home");
    const auto& learner = *ctx.state.learner;
    ui::Heading(ctx.t.format("home.greeting", {{"name", learner.name}}));
    ui::Muted(learner.unit.empty() ? learner.nip : learner.nip + "  \xC2\xB7  " + learner.unit);
    ImGui::Spacing();
    beginCard();
    drawJpBar(ctx);
    const std::int64_t lastSync = ctx.state.sync.lastSuccessMs;
    ui::Muted(lastSync > 0 ? ctx.t.format("home.last_sync", {{"time", sync::localDateTime(lastSync)}})
                           : ctx.tr("home.never_synced"));
    endCard();
    ImGui::Spacing();
    ui::TextWrapped(ctx.tr("home.courses"));
    if (ctx.state.courses.empty()) ui::Muted(ctx.tr("home.no_courses"));
    const std::string& lang = ctx.t.language();
    for (const auto& course : ctx.state.courses) {
        ImGui::PushID(course.iri.c_str());
        beginCard();
        ui::Heading(course.title.get(lang));
        ui::TextWrapped(course.description.get(lang));
        ui::Muted(ctx.t.format("home.jp", {{"jp", sync::jpFigure(course.jpHours)}}));
        const std::string open = std::string(ctx.tr("home.open_course")) + "##" + course.iri;
        if (ui::Button(open.c_str())) ctx.dispatch(intent::OpenCourse{course.iri});
        endCard();
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (ui::Button(ctx.tr("home.history"))) ctx.dispatch(intent::OpenHistory{});
    ImGui::SameLine();
    if (ui::Button(ctx.tr("home.sign_out"))) ctx.dispatch(intent::SignOut{});
    endPage();
}

} // namespace pelita::kiosk::views
