// Riwayat: the courses the learner passed, each with its score, JP and
// certificate, and the export of them all as SIASN's "riwayat kursus" CSV.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>

namespace pelita::kiosk::views {

void drawHistory(ViewContext& ctx) {
    const CertificatePage& page = ctx.state.certificates;
    beginPage("history");
    ui::Heading(ctx.tr("history.title"));
    if (ctx.state.learner) ui::Muted(ctx.state.learner->name + "  \xC2\xB7  NIP " + ctx.state.learner->nip);
    ImGui::Spacing();
    if (page.loading)
        ui::TextWrapped(ctx.tr("history.loading"));
    else if (page.mine.empty())
        ui::TextWrapped(ctx.tr("history.none"));
    for (const auto& c : page.mine) drawCertificateCard(ctx, c);
    ImGui::Spacing();
    if (!page.mine.empty()) {
        ui::TextWrapped(ctx.tr("history.siasn_hint"));
        ImGui::BeginDisabled(page.busy);
        if (ui::Button(ctx.tr("history.export_siasn"))) ctx.dispatch(intent::ExportHistoryCsv{});
        ImGui::EndDisabled();
        drawUsbChoices(ctx, "csv");
    }
    ImGui::Spacing();
    if (ui::BigButton(ctx.tr("common.back_home"))) ctx.dispatch(intent::GoHome{});
    endPage();
}

} // namespace pelita::kiosk::views
