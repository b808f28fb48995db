// Trainer mode, "Peserta & PIN": the kiosk's learners with their PIN state, and
// "Atur ulang PIN" for each.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/pin.h>

#include <imgui.h>

namespace pelita::kiosk::views {

namespace {

std::string pinStateText(ViewContext& ctx, const sync::LearnerPinState& p) {
    if (!p.hasPin) return ctx.tr("trainer.no_pin");
    if (p.lockedUntilMs > ctx.state.clockMs)
        return ctx.t.format("trainer.locked", {{"time", sync::localDateTime(p.lockedUntilMs)}});
    if (p.wrongPins > 0) return ctx.t.format("trainer.wrong_pins", {{"count", std::to_string(p.wrongPins)}});
    return ctx.tr("trainer.pin_ok");
}

void drawResetForm(ViewContext& ctx, const std::string& nip) {
    Forms& f = ctx.forms;
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal;
    ui::LabelledInput((std::string(ctx.tr("trainer.new_pin")) + "##reset").c_str(), &f.resetPin, flags);
    ui::LabelledInput((std::string(ctx.tr("trainer.new_pin_again")) + "##reset-again").c_str(), &f.resetPinAgain,
                      flags);
    for (std::string* pin : {&f.resetPin, &f.resetPinAgain})
        if (pin->size() > sync::kPinDigits) pin->resize(sync::kPinDigits);
    const bool off = ctx.state.trainer.saving;
    if (off) ImGui::BeginDisabled();
    if (ui::Button(ctx.tr("trainer.save_pin"))) ctx.dispatch(intent::ResetPin{nip, f.resetPin, f.resetPinAgain});
    if (off) ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui::Button((std::string(ctx.tr("common.cancel")) + "##reset").c_str())) f.resetNip.clear();
}

} // namespace

void drawTrainerLearners(ViewContext& ctx) {
    trainerTabOpened(ctx, "learners"); // the list loads when trainer mode opens, and after each reset
    Forms& f = ctx.forms;
    // A saved reset closes its form and forgets the PIN typed into it.
    if (ctx.state.trainer.resetsDone != f.resetsSeen) {
        f.resetsSeen = ctx.state.trainer.resetsDone;
        f.resetNip.clear();
    }
    if (f.resetNip.empty()) {
        f.resetPin.clear();
        f.resetPinAgain.clear();
    }
    ui::TextWrapped(ctx.tr("trainer.learners"));
    if (ctx.state.learners.empty()) ui::Muted(ctx.tr("learners.none"));
    for (const auto& learner : ctx.state.learners) {
        ImGui::PushID(learner.nip.c_str());
        beginCard();
        ui::TextWrapped(learner.name + "  \xC2\xB7  " + learner.nip);
        if (!learner.unit.empty()) ui::Muted(learner.unit);
        for (const auto& p : ctx.state.trainer.pins)
            if (p.nip == learner.nip) ui::Muted(pinStateText(ctx, p));
        if (f.resetNip == learner.nip) {
            drawResetForm(ctx, learner.nip);
        } else if (ui::Button((std::string(ctx.tr("trainer.reset_pin")) + "##" + learner.nip).c_str())) {
            f.resetNip = learner.nip;
            f.resetPin.clear();
            f.resetPinAgain.clear();
        }
        endCard();
        ImGui::PopID();
    }
}

} // namespace pelita::kiosk::views
