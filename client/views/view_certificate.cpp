// A certificate as a card: its number and facts, and what the learner can do with
// the paper: print it (when `lp` exists) or save it to a USB stick. Shown on the
// result screen after a course is passed and on the history screen.
#include "views/views.h"

#include "ui/widgets.h"
#include "ui/widgets_quiz.h"
#include "views/layout.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/jp.h>

#include <imgui.h>

#include <cmath>

namespace pelita::kiosk::views {

// Several sticks found: one button per folder, for the export or certificate asked.
void drawUsbChoices(ViewContext& ctx, const std::string& what) {
    const CertificatePage& page = ctx.state.certificates;
    if (page.usbChoices.empty() || page.usbFor != what) return;
    ui::TextWrapped(ctx.tr("certificate.choose_usb"));
    for (const auto& folder : page.usbChoices) {
        const std::string label = folder + "##usb-" + what;
        if (!ui::Button(label.c_str())) continue;
        if (what == "csv")
            ctx.dispatch(intent::ExportHistoryCsv{folder});
        else
            ctx.dispatch(intent::SaveCertificateToUsb{what, folder});
    }
}

void drawCertificateCard(ViewContext& ctx, const sync::Certificate& c) {
    const CertificatePage& page = ctx.state.certificates;
    ImGui::PushID(c.id.c_str());
    beginCard();
    // The paper carries the title in the course's own language; on screen, the
    // title in the kiosk's language, as on every other screen, while the course is installed.
    const content::Course* course = ctx.state.installedCourse(c.courseIri);
    ui::Heading(course ? course->title.get(ctx.t.language()) : c.courseTitle);
    ui::TextWrapped(ctx.t.format("certificate.number", {{"number", c.id}}));
    std::string facts = ctx.t.format("certificate.jp", {{"jp", sync::jpFigure(c.jpHours)}});
    if (c.scaledScore)
        facts += "  \xC2\xB7  " + ctx.t.format("certificate.score", {{"score", std::to_string(std::lround(*c.scaledScore * 100))}});
    facts += "  \xC2\xB7  " + ctx.t.format("certificate.date", {{"date", sync::localDateTime(c.issuedAtMs).substr(0, 10)}});
    ui::Muted(facts);
    ui::TouchSized touch;
    ImGui::BeginDisabled(!page.canPrint || page.busy);
    const std::string print = std::string(ctx.tr("certificate.print")) + "##" + c.id;
    if (ui::Button(print.c_str())) ctx.dispatch(intent::PrintCertificate{c.id});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(page.busy);
    const std::string save = std::string(ctx.tr("certificate.save_usb")) + "##" + c.id;
    if (ui::Button(save.c_str())) ctx.dispatch(intent::SaveCertificateToUsb{c.id, {}});
    ImGui::EndDisabled();
    if (!page.canPrint) ui::Muted(ctx.tr("certificate.no_printer"));
    drawUsbChoices(ctx, c.id);
    endCard();
    ImGui::PopID();
}

} // namespace pelita::kiosk::views
