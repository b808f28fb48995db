// Trainer mode, "Hasil peserta": every learner's results per course in a sortable
// table, filtered by OPD and by course, and saved as CSV to a USB stick.
#include "views/views.h"

#include "ui/widgets.h"
#include "ui/widgets_quiz.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/jp.h>

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace pelita::kiosk::views {

namespace {

// A drop-down of `options` (value, shown) with "all" first; picking sets `value`.
void filterCombo(ViewContext& ctx, const char* label, std::string& value,
                 const std::vector<std::pair<std::string, std::string>>& options, float width) {
    std::string shown = ctx.tr("results.all");
    for (const auto& [v, text] : options)
        if (v == value) shown = text;
    if (!ui::BeginCombo(label, shown.c_str(), width)) return;
    if (ui::Selectable(ctx.tr("results.all"), value.empty())) value.clear();
    for (const auto& [v, text] : options)
        if (ui::Selectable((text + "##" + v).c_str(), v == value)) value = v;
    ui::EndCombo();
}

// The two filters side by side, as far apart as the buttons below. Labels go on
// one line and drop-downs on the next: a label placed beside a drop-down would take
// the drop-down's text baseline and sit a frame padding lower than its neighbour.
void drawFilters(ViewContext& ctx) {
    const auto& rows = ctx.state.trainer.results.rows;
    std::vector<std::pair<std::string, std::string>> units;
    for (const auto& unit : unitsOf(rows)) units.emplace_back(unit, unit);
    const char* unitLabel = ctx.tr("results.filter_unit");
    const char* courseLabel = ctx.tr("results.filter_course");
    const float width = ImGui::GetFontSize() * 18;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float left = ImGui::GetCursorPosX();
    ui::Muted(unitLabel);
    ImGui::SameLine(left + width + gap);
    ui::Muted(courseLabel);
    filterCombo(ctx, unitLabel, ctx.forms.results.unit, units, width);
    ImGui::SameLine(0, gap);
    filterCombo(ctx, courseLabel, ctx.forms.results.courseIri, coursesOf(rows), width);
}

// The table's sort follows a click on a column header; the view keeps it in Forms.
void takeSort(ResultsView& view) {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || !specs->SpecsDirty || specs->SpecsCount == 0) return;
    view.sortBy = static_cast<ResultColumn>(specs->Specs[0].ColumnUserID);
    view.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    specs->SpecsDirty = false;
}

void cell(const std::string& text) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(text.c_str());
}

void drawTable(ViewContext& ctx, const std::vector<LearnerResult>& shown) {
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    const float height = std::max(ImGui::GetContentRegionAvail().y - ImGui::GetFontSize() * 5, ImGui::GetFontSize() * 12);
    if (!ImGui::BeginTable("results", kResultColumns, flags, ImVec2(0, height))) return;
    const char* headers[kResultColumns] = {"results.nip",    "results.name",  "results.unit", "results.course",
                                           "results.status", "results.score", "results.jp",   "results.last"};
    for (int c = 0; c < kResultColumns; ++c) {
        const ImGuiTableColumnFlags f = c == static_cast<int>(ResultColumn::Name) ? ImGuiTableColumnFlags_DefaultSort : 0;
        ImGui::TableSetupColumn(ctx.tr(headers[c]), f, 0, static_cast<ImGuiID>(c));
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    takeSort(ctx.forms.results);
    ImGuiListClipper clipper; // thousands of rows draw as fast as one screenful
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const LearnerResult& r = shown[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            cell(r.nip);
            cell(r.name);
            cell(r.unit);
            cell(r.courseTitle);
            cell(ctx.tr(statusKey(r.status)));
            cell(r.bestScore ? std::to_string(std::lround(*r.bestScore * 100)) + " %" : "-");
            cell(sync::jpFigure(r.jp));
            cell(r.lastActivityMs > 0 ? sync::localDateTime(r.lastActivityMs) : "-");
        }
    ImGui::EndTable();
}

} // namespace

void drawTrainerResults(ViewContext& ctx) {
    if (trainerTabOpened(ctx, "results")) ctx.dispatch(intent::LoadResults{});
    const ResultsTab& tab = ctx.state.trainer.results;
    drawFilters(ctx);
    ImGui::Spacing();
    const auto shown = visibleResults(tab.rows, ctx.forms.results);
    if (tab.loading && tab.rows.empty()) ui::Muted(ctx.tr("results.loading"));
    else ui::Muted(ctx.t.format("results.count", {{"shown", std::to_string(shown.size())},
                                                  {"total", std::to_string(tab.rows.size())}}));
    drawTable(ctx, shown);
    ImGui::Spacing();
    ImGui::BeginDisabled(shown.empty());
    if (ui::Button(ctx.tr("results.export_csv"))) ctx.dispatch(intent::ExportResultsCsv{ctx.forms.results, {}});
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui::Button(ctx.tr("results.refresh"))) ctx.dispatch(intent::LoadResults{});
    drawTrainerUsbChoices(ctx, UsbTask::ResultsCsv, [&ctx](std::string folder) -> Intent {
        return intent::ExportResultsCsv{ctx.forms.results, std::move(folder)};
    });
    drawTabMessage(ctx, tab.message);
}

} // namespace pelita::kiosk::views
