// Trainer mode, "Katalog kursus": what the server offers this kiosk (new courses
// and updates), each with its version, size and download state, "Unduh" for a new
// course, progress bars while it downloads, and failures in plain words. Also what
// the last roster pull brought. Everything comes from the sync engine's status.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <pelita/sync/catalogue_status.h>
#include <pelita/sync/clock.h>

#include <imgui.h>

#include <cstdio>

namespace pelita::kiosk::views {

namespace {

std::string jp(double hours) {
    char text[16];
    std::snprintf(text, sizeof text, "%g", hours);
    return text;
}

void drawOffer(ViewContext& ctx, const sync::CourseDownload& course) {
    const auto& entry = course.offer.entry;
    ImGui::PushID(entry.iri.c_str());
    beginCard();
    ui::TextWrapped(sync::titleIn(entry, ctx.state.settings.language));
    // What the offer is, while it is one: once installed, "Terpasang" below says it all.
    if (course.state != sync::DownloadState::Installed)
        ui::Muted(course.offer.offer == sync::Offer::Update
                      ? ctx.t.format("catalogue.update", {{"version", course.offer.installedVersion}})
                      : std::string(ctx.tr("catalogue.new_course")));
    ui::Muted(ctx.t.format("catalogue.details",
                           {{"version", entry.version}, {"size", sync::sizeText(entry.size)}, {"jp", jp(entry.jpHours)}}));
    const std::string percent = std::to_string(sync::percentDone(course));
    const std::string state = ctx.t.format(sync::downloadStateKey(course), {{"percent", percent}});
    const bool moving = course.state == sync::DownloadState::Downloading ||
                        course.state == sync::DownloadState::Paused || course.state == sync::DownloadState::Verifying;
    if (moving) {
        const std::string label = sync::sizeText(course.done) + " / " + sync::sizeText(entry.size);
        ImGui::ProgressBar(static_cast<float>(sync::percentDone(course)) / 100.0f,
                           ImVec2(-1, ImGui::GetFontSize() * 1.4f), label.c_str());
    }
    ui::TextWrapped(state);
    if (course.problem != sync::DownloadProblem::None) {
        ui::TextWrapped(ctx.tr(sync::downloadProblemKey(course.problem)));
        if (!course.error.empty()) ui::Muted(course.error);
    }
    if (sync::canAskFor(course)) {
        const char* label = course.state == sync::DownloadState::Failed ? "catalogue.retry" : "catalogue.download";
        if (ui::Button((std::string(ctx.tr(label)) + "##" + entry.iri).c_str()))
            ctx.dispatch(intent::DownloadCourse{entry.iri});
    }
    endCard();
    ImGui::PopID();
}

void drawRoster(ViewContext& ctx, const sync::CatalogueStatus& c) {
    ui::Heading(ctx.tr("catalogue.roster_title"));
    ui::TextWrapped(ctx.t.format(sync::rosterOutcomeKey(c.roster),
                                 {{"count", std::to_string(c.rosterLearners)}, {"added", std::to_string(c.rosterAdded)}}));
    if (c.roster == sync::RosterOutcome::Failed && !c.rosterError.empty()) ui::Muted(c.rosterError);
    ui::Heading(ctx.tr("catalogue.assignments_title"));
    ui::TextWrapped(
        ctx.t.format(sync::assignmentsOutcomeKey(c.assignments), {{"count", std::to_string(c.assignmentCount)}}));
    if (c.assignments == sync::RosterOutcome::Failed && !c.assignmentsError.empty()) ui::Muted(c.assignmentsError);
}

} // namespace

void drawTrainerCatalogue(ViewContext& ctx) {
    const sync::CatalogueStatus& c = ctx.state.sync.catalogue;
    ui::TextWrapped(ctx.tr("catalogue.intro"));
    if (!ctx.state.settings.hasServer()) {
        ui::TextWrapped(ctx.tr("catalogue.not_configured"));
        return;
    }
    if (ui::Button(ctx.tr("settings.sync_now"))) ctx.dispatch(intent::SyncNow{});
    if (!c.error.empty()) {
        ui::TextWrapped(ctx.tr("catalogue.fetch_failed"));
        ui::Muted(c.error);
    }
    if (!c.fetched) {
        if (c.error.empty()) ui::TextWrapped(ctx.tr("catalogue.not_fetched"));
    } else {
        ui::Muted(ctx.t.format("catalogue.fetched_at", {{"time", sync::localDateTime(c.fetchedAtMs)}}));
        if (c.courses.empty()) ui::TextWrapped(ctx.tr("catalogue.none"));
        for (const auto& course : c.courses) drawOffer(ctx, course);
    }
    ImGui::Spacing();
    drawRoster(ctx, c);
}

} // namespace pelita::kiosk::views
