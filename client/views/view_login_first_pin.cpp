// The PIN screen for a learner the server's roster brought here, who has no PIN
// yet: "Buat PIN Anda", the PIN twice, and in. Opened instead of the PIN pad.
#include "views/views.h"

#include "ui/widgets.h"

#include <pelita/sync/pin.h>

#include <imgui.h>

namespace pelita::kiosk::views {

void drawFirstPin(ViewContext& ctx) {
    const LoginPage& login = ctx.state.login;
    Forms& f = ctx.forms;
    ui::Heading(ctx.t.format("login.title", {{"name", login.name}}));
    ui::Muted(login.nip);
    ui::TextWrapped(ctx.t.format("login.first_pin_hint", {{"count", std::to_string(sync::kPinDigits)}}));
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal;
    if (login.checking) ImGui::BeginDisabled();
    ui::LabelledInput((std::string(ctx.tr("login.first_pin")) + "##first").c_str(), &f.firstPin, flags);
    ui::LabelledInput((std::string(ctx.tr("login.first_pin_again")) + "##first-again").c_str(), &f.firstPinAgain,
                      flags);
    for (std::string* pin : {&f.firstPin, &f.firstPinAgain})
        if (pin->size() > sync::kPinDigits) pin->resize(sync::kPinDigits);
    ImGui::Spacing();
    if (ui::Button(ctx.tr("login.first_pin_save"))) {
        ctx.dispatch(intent::ChooseFirstPin{f.firstPin, f.firstPinAgain});
        f.firstPin.clear(); // a PIN never stays in memory longer than it must
        f.firstPinAgain.clear();
    }
    if (login.checking) ImGui::EndDisabled();
    ImGui::Spacing();
    if (ui::Button(ctx.tr("login.not_me"))) ctx.dispatch(intent::ShowLearners{});
}

} // namespace pelita::kiosk::views
