// Trainer mode, "Impor kursus": course packages from a USB stick or a typed
// folder, installed off the UI thread with a progress bar, then each package's
// outcome: installed (new, upgraded, ...) or refused, with the reason in words.
#include "views/views.h"

#include "platform/style.h"
#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>

namespace pelita::kiosk::views {

namespace {

const char* refusalKey(ImportRefusal refusal) {
    switch (refusal) {
    case ImportRefusal::None: return "";
    case ImportRefusal::Unsigned: return "import.refused_unsigned";
    case ImportRefusal::Untrusted: return "import.refused_untrusted";
    case ImportRefusal::Tampered: return "import.refused_tampered";
    case ImportRefusal::Older: return "import.refused_older";
    case ImportRefusal::OtherCourse: return "import.refused_other_course";
    case ImportRefusal::Unreadable: return "import.refused_unreadable";
    }
    return "";
}

const char* outcomeKey(content::InstallOutcome outcome) {
    switch (outcome) {
    case content::InstallOutcome::Installed: return "import.installed";
    case content::InstallOutcome::Upgraded: return "import.upgraded";
    case content::InstallOutcome::Replaced: return "import.replaced";
    case content::InstallOutcome::Downgraded: return "import.downgraded";
    case content::InstallOutcome::AlreadyInstalled: return "import.already";
    }
    return "";
}

// "29 KB", "1.5 MB": as precise as a trainer watching a bar needs.
std::string sizeText(std::uint64_t bytes) {
    constexpr std::uint64_t kMb = 1024 * 1024;
    if (bytes < kMb) return std::to_string((bytes + 1023) / 1024) + " KB";
    const std::uint64_t tenths = bytes * 10 / kMb;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

// The package being installed and its bytes, then all packages. Once the import
// is over it stays, full, so the trainer sees it went to the end.
void drawProgress(ViewContext& ctx, const ImportProgress& p, bool finished) {
    beginCard();
    if (finished)
        ui::TextWrapped(ctx.t.format("import.finished", {{"count", std::to_string(p.count)}}));
    else
        ui::TextWrapped(ctx.t.format("import.progress", {{"index", std::to_string(p.index + 1)},
                                                         {"count", std::to_string(p.count)},
                                                         {"file", p.source.filename().string()}}));
    const float fraction =
        finished ? 1.0f : p.total > 0 ? static_cast<float>(static_cast<double>(p.done) / static_cast<double>(p.total)) : 0;
    const std::string bytes = ctx.t.format("import.bytes", {{"done", sizeText(p.done)}, {"total", sizeText(p.total)}});
    ImGui::ProgressBar(fraction, ImVec2(-1, ImGui::GetFontSize() * 1.4f), bytes.c_str());
    const float overall =
        finished ? 1.0f : p.count > 0 ? (static_cast<float>(p.index) + fraction) / static_cast<float>(p.count) : 0;
    ImGui::ProgressBar(overall, ImVec2(-1, ImGui::GetFontSize() * 0.6f), "");
    endCard();
}

void drawResult(ViewContext& ctx, const PackageImported& r) {
    beginCard();
    if (r.refusal == ImportRefusal::None) {
        ui::TextWrapped(ctx.t.format(outcomeKey(r.outcome),
                                     {{"title", r.title.get(ctx.t.language())}, {"version", r.version}, {"previous", r.previousVersion}}));
        ui::Muted(r.trustedSigner ? ctx.t.format("import.signed_by", {{"name", r.signerName}})
                                  : std::string(ctx.tr("import.not_signed")));
    } else {
        // Red says "refused" before it is read; high contrast keeps its own colours.
        if (!platform::highContrast()) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.11f, 0.11f, 1));
        ui::TextWrapped(ctx.t.format("import.refused", {{"file", r.source.filename().string()}}));
        if (!platform::highContrast()) ImGui::PopStyleColor();
        ui::TextWrapped(ctx.tr(refusalKey(r.refusal)));
        for (const auto& detail : r.details) ui::Muted(detail);
    }
    ui::Muted(r.source.string());
    endCard();
}

} // namespace

void drawTrainerImport(ViewContext& ctx) {
    trainerTabOpened(ctx, "import");
    const CourseImportTab& tab = ctx.state.trainer.import;
    ui::TextWrapped(ctx.tr("import.hint"));
    ImGui::BeginDisabled(tab.running);
    if (ui::BigButton(ctx.tr("import.from_usb"))) ctx.dispatch(intent::ImportCourses{});
    ImGui::Spacing();
    ui::LabelledInput((std::string(ctx.tr("import.path")) + "##import-path").c_str(), &ctx.forms.importPath);
    ImGui::BeginDisabled(ctx.forms.importPath.empty());
    if (ui::Button(ctx.tr("import.from_path"))) ctx.dispatch(intent::ImportCourses{ctx.forms.importPath});
    ImGui::EndDisabled();
    ImGui::EndDisabled();
    drawTrainerUsbChoices(ctx, UsbTask::Courses, [](std::string f) -> Intent { return intent::ImportCourses{f}; });
    ImGui::Spacing();
    if (tab.running) return drawProgress(ctx, tab.progress, false);
    if (tab.nothingFound) ui::TextWrapped(ctx.tr("import.nothing_found"));
    if (!tab.results.empty()) drawProgress(ctx, tab.progress, true);
    std::size_t installed = 0;
    for (const auto& r : tab.results) installed += r.refusal == ImportRefusal::None ? 1 : 0;
    if (!tab.results.empty())
        ui::Heading(ctx.t.format("import.summary", {{"installed", std::to_string(installed)},
                                                    {"refused", std::to_string(tab.results.size() - installed)}}));
    for (const auto& r : tab.results) drawResult(ctx, r);
}

} // namespace pelita::kiosk::views
