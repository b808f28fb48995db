// Enrolling a new learner: NIP (checked as it is typed), full name with titles,
// OPD / unit, position, and a PIN entered twice. "Save" stays off until all is valid.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <pelita/sync/clock.h>
#include <pelita/content/nip.h>
#include <pelita/sync/pin.h>

#include <imgui.h>

namespace pelita::kiosk::views {

namespace {

const ImVec4 kProblemColour(0.70f, 0.11f, 0.09f, 1.0f); // dark red: readable on white, not only by colour

void field(ViewContext& ctx, const char* labelKey, const char* hintKey, const char* id, std::string* value,
           ImGuiInputTextFlags flags = 0) {
    const std::string label = std::string(ctx.tr(labelKey)) + "##" + id;
    ui::LabelledInput(label.c_str(), value, flags);
    if (hintKey) ui::Muted(ctx.tr(hintKey));
}

// A problem next to its field. The words say what is wrong; the colour only draws the eye.
void problem(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
    ui::TextWrapped(text);
    ImGui::PopStyleColor();
}

// The NIP's problem while typing: a count until 18 digits are in, then what is wrong.
// Returns whether the NIP is valid.
bool nipFeedback(ViewContext& ctx, const std::string& nip) {
    if (nip.empty()) return false;
    const auto p = content::checkNip(nip, sync::utcYear(ctx.state.clockMs > 0 ? ctx.state.clockMs : sync::nowMs()));
    if (p == content::NipProblem::Length && nip.size() < 18) {
        ui::Muted(ctx.t.format("enrol.nip_count", {{"count", std::to_string(nip.size())}}));
        return false;
    }
    if (p != content::NipProblem::None) {
        problem(ctx.tr(content::nipProblemKey(p)));
        return false;
    }
    for (const auto& l : ctx.state.learners)
        if (l.nip == nip) {
            problem(ctx.tr("enrol.error.duplicate"));
            return false;
        }
    ui::Muted(ctx.tr("nip.ok"));
    return true;
}

bool pinFeedback(ViewContext& ctx, const std::string& pin, const std::string& again) {
    if (pin.empty()) return false;
    const auto p = sync::checkPinFormat(pin);
    if (p != sync::PinProblem::None) {
        if (pin.size() < sync::kPinDigits) return false; // still typing
        problem(ctx.tr(sync::pinProblemKey(p)));
        return false;
    }
    if (again.empty()) return false;
    if (again != pin) {
        if (again.size() >= pin.size()) problem(ctx.tr("login.pin_error.mismatch"));
        return false;
    }
    return true;
}

} // namespace

void drawEnrol(ViewContext& ctx) {
    beginPage("enrol");
    ui::Heading(ctx.tr("enrol.title"));
    Forms& f = ctx.forms;
    field(ctx, "enrol.nip", "enrol.nip_hint", "nip", &f.enrolNip, ImGuiInputTextFlags_CharsDecimal);
    bool valid = nipFeedback(ctx, f.enrolNip);
    field(ctx, "enrol.name", "enrol.name_hint", "name", &f.enrolName);
    valid = valid && f.enrolName.find_first_not_of(" \t") != std::string::npos;
    field(ctx, "enrol.unit", nullptr, "unit", &f.enrolUnit);
    field(ctx, "enrol.position", nullptr, "position", &f.enrolPosition);
    const ImGuiInputTextFlags pinFlags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal;
    const std::string pinHint = ctx.t.format("enrol.pin_hint", {{"count", std::to_string(sync::kPinDigits)}});
    field(ctx, "enrol.pin", nullptr, "pin", &f.enrolPin, pinFlags);
    ui::Muted(pinHint);
    field(ctx, "enrol.pin_again", nullptr, "pin-again", &f.enrolPinAgain, pinFlags);
    for (std::string* pin : {&f.enrolPin, &f.enrolPinAgain})
        if (pin->size() > sync::kPinDigits) pin->resize(sync::kPinDigits);
    valid = pinFeedback(ctx, f.enrolPin, f.enrolPinAgain) && valid;
    ImGui::Spacing();
    const bool off = !valid || ctx.state.unsavedWrites > 0;
    if (!valid) ui::Muted(ctx.tr("enrol.fill_all"));
    if (off) ImGui::BeginDisabled();
    if (ui::BigButton(ctx.tr("enrol.save")))
        ctx.dispatch(intent::Enrol{f.enrolNip, f.enrolName, f.enrolUnit, f.enrolPosition, f.enrolPin, f.enrolPinAgain});
    if (off) ImGui::EndDisabled();
    if (ui::Button(ctx.tr("common.cancel"))) ctx.dispatch(intent::ShowLearners{});
    endPage();
}

} // namespace pelita::kiosk::views
