// The learner's home: their courses, each with its JP hours.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>

#include <cstdio>

namespace pelita::kiosk::views {

namespace {
std::string hours(double jp) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", jp);
    return buffer;
}
} // namespace

void drawHome(ViewContext& ctx) {
    beginPage("home");
    const auto& learner = *ctx.state.learner;
    ui::Heading(ctx.t.format("home.greeting", {{"name", learner.name}}));
    ui::Muted(learner.unit.empty() ? learner.nip : learner.nip + "  \xC2\xB7  " + learner.unit);
    ImGui::Spacing();
    ui::TextWrapped(ctx.tr("home.courses"));
    if (ctx.state.courses.empty()) ui::Muted(ctx.tr("home.no_courses"));
    const std::string& lang = ctx.t.language();
    for (const auto& course : ctx.state.courses) {
        ImGui::PushID(course.iri.c_str());
        beginCard();
        ui::Heading(course.title.get(lang));
        ui::TextWrapped(course.description.get(lang));
        ui::Muted(ctx.t.format("home.jp", {{"jp", hours(course.jpHours)}}));
        const std::string open = std::string(ctx.tr("home.open_course")) + "##" + course.iri;
        if (ui::Button(open.c_str())) ctx.dispatch(intent::OpenCourse{course.iri});
        endCard();
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (ui::Button(ctx.tr("home.sign_out"))) ctx.dispatch(intent::SignOut{});
    endPage();
}

} // namespace pelita::kiosk::views
