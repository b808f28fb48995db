// The learner's home: JP earned this year against the 20 JP duty, the last
// sync, and their courses, each with its JP hours. Their mandatory (Wajib) courses
// come first with the due date, late ones marked in the error colour, passed ones
// marked Lulus; one not installed yet says so (sync/mandatory_courses.h orders them).
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/jp.h>
#include <pelita/sync/mandatory_courses.h>

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

const ImVec4 kWajibColour(0.12f, 0.31f, 0.62f, 1);  // blue: a duty, not yet a problem
const ImVec4 kLateColour(0.70f, 0.11f, 0.11f, 1);   // the kiosk's error red
const ImVec4 kPassedColour(0.05f, 0.45f, 0.18f, 1); // the result screen's "Lulus" green

// A small filled label: white words on `fill`, drawn as text so automation reads it.
// White on these three fills is readable in both themes. Leaves the line open (SameLine).
void badge(std::string_view text, ImVec4 fill) {
    const float em = ImGui::GetFontSize();
    const ImVec2 pad(0.45f * em, 0.12f * em);
    const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    // The words stay on the line's baseline, so the due date beside them lines up;
    // the fill reaches a little above and below, into the item spacing.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y - pad.y),
                                              ImVec2(at.x + size.x + 2 * pad.x, at.y + size.y + pad.y),
                                              ImGui::GetColorU32(fill), 0.35f * em);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad.x, at.y));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ui::TextWrapped(text);
    ImGui::PopStyleColor();
    ImGui::SameLine(0, pad.x + 0.5f * em);
}

// The short month names, whole keys so that the translation test finds them.
constexpr const char* kMonthKeys[] = {"date.month_short_1", "date.month_short_2",  "date.month_short_3",
                                      "date.month_short_4", "date.month_short_5",  "date.month_short_6",
                                      "date.month_short_7", "date.month_short_8",  "date.month_short_9",
                                      "date.month_short_10", "date.month_short_11", "date.month_short_12"};

// "31 Des 2026" in the UI language; the server's text as is if it is not a date.
std::string dueDate(ViewContext& ctx, const std::string& due) {
    const auto date = sync::parseIsoDate(due);
    if (!date || date->month < 1 || date->month > 12) return due;
    return ctx.t.format("date.day_month_year",
                        {{"day", std::to_string(date->day)},
                         {"month", ctx.tr(kMonthKeys[date->month - 1])},
                         {"year", std::to_string(date->year)}});
}

// The Wajib line above a mandatory course's title.
void drawWajibLine(ViewContext& ctx, const sync::HomeCourse& course) {
    badge(ctx.tr("home.wajib"), kWajibColour);
    if (course.state == sync::WajibState::Overdue) badge(ctx.tr("home.wajib_late"), kLateColour);
    if (course.state == sync::WajibState::Passed) badge(ctx.tr("home.wajib_passed"), kPassedColour);
    ui::TextWrapped(ctx.t.format("home.wajib_due", {{"date", dueDate(ctx, course.wajib->due)}}));
    ImGui::Spacing();
}

// A mandatory course this kiosk does not have yet: the engine downloads it by itself
// once the catalogue lists it; otherwise only the instruktur can bring it.
void drawNotInstalled(ViewContext& ctx, const sync::HomeCourse& course) {
    const std::string& lang = ctx.t.language();
    const content::LocalizedText title{course.wajib->title};
    ui::Heading(title.get(lang).empty() ? course.iri : title.get(lang));
    const sync::CourseDownload* download = ctx.state.sync.catalogue.find(course.iri);
    const bool coming = download && download->state != sync::DownloadState::Offered &&
                        download->state != sync::DownloadState::Failed;
    if (coming)
        ui::Muted(ctx.t.format("home.wajib_downloading",
                               {{"percent", std::to_string(sync::percentDone(*download))}}));
    else
        ui::Muted(ctx.tr("home.wajib_ask_trainer"));
}

void drawCourse(ViewContext& ctx, const sync::HomeCourse& entry) {
    ImGui::PushID(entry.iri.c_str());
    beginCard();
    if (entry.wajib) drawWajibLine(ctx, entry);
    if (!entry.course) {
        drawNotInstalled(ctx, entry);
    } else {
        const content::Course& course = *entry.course;
        const std::string& lang = ctx.t.language();
        ui::Heading(course.title.get(lang));
        ui::TextWrapped(course.description.get(lang));
        ui::Muted(ctx.t.format("home.jp", {{"jp", sync::jpFigure(course.jpHours)}}));
        const std::string open = std::string(ctx.tr("home.open_course")) + "##" + course.iri;
        if (ui::Button(open.c_str())) ctx.dispatch(intent::OpenCourse{course.iri});
    }
    endCard();
    ImGui::PopID();
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
    const auto list = sync::homeCourses(ctx.state.courses, ctx.state.assignments, learner,
                                        ctx.state.coursesPassed, sync::localIsoDate(sync::nowMs()));
    if (list.empty()) ui::Muted(ctx.tr("home.no_courses"));
    for (const auto& entry : list) drawCourse(ctx, entry);
    ImGui::Spacing();
    if (ui::Button(ctx.tr("home.history"))) ctx.dispatch(intent::OpenHistory{});
    ImGui::SameLine();
    if (ui::Button(ctx.tr("home.sign_out"))) ctx.dispatch(intent::SignOut{});
    endPage();
}

} // namespace pelita::kiosk::views
