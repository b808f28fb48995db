// Enrolling a new learner: NIP, full name with titles, unit and position.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>

namespace pelita::kiosk::views {

namespace {
void field(ViewContext& ctx, const char* labelKey, const char* hintKey, const char* id, std::string* value,
           ImGuiInputTextFlags flags = 0) {
    const std::string label = std::string(ctx.tr(labelKey)) + "##" + id;
    ui::LabelledInput(label.c_str(), value, flags);
    if (hintKey) ui::Muted(ctx.tr(hintKey));
}
} // namespace

void drawEnrol(ViewContext& ctx) {
    beginPage("enrol");
    ui::Heading(ctx.tr("enrol.title"));
    Forms& f = ctx.forms;
    field(ctx, "enrol.nip", "enrol.nip_hint", "nip", &f.enrolNip, ImGuiInputTextFlags_CharsDecimal);
    field(ctx, "enrol.name", "enrol.name_hint", "name", &f.enrolName);
    field(ctx, "enrol.unit", nullptr, "unit", &f.enrolUnit);
    field(ctx, "enrol.position", nullptr, "position", &f.enrolPosition);
    ImGui::Spacing();
    if (ctx.state.unsavedWrites > 0) ImGui::BeginDisabled();
    if (ui::BigButton(ctx.tr("enrol.save")))
        ctx.dispatch(intent::Enrol{f.enrolNip, f.enrolName, f.enrolUnit, f.enrolPosition});
    if (ctx.state.unsavedWrites > 0) ImGui::EndDisabled();
    if (ui::Button(ctx.tr("common.cancel"))) ctx.dispatch(intent::ShowLearners{});
    endPage();
}

} // namespace pelita::kiosk::views
