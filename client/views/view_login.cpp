// The PIN screen: a masked, digits-only field with a large number pad for touch
// screens, what a wrong PIN leaves, and how long a lockout still lasts.
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <pelita/sync/pin.h>

#include <imgui.h>

#include <cstdio>

namespace pelita::kiosk::views {

namespace {

using Outcome = sync::PinCheck::Outcome;

// "4:05": minutes and seconds, as a kitchen timer shows them.
std::string minutesSeconds(std::int64_t ms) {
    const long long seconds = (ms + 999) / 1000;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld", seconds / 60, seconds % 60);
    return buffer;
}

bool lockedNow(const ViewContext& ctx) {
    const auto& r = ctx.state.login.result;
    return r && r->outcome == Outcome::Locked && r->lockedUntilMs > ctx.state.clockMs;
}

void drawOutcome(ViewContext& ctx) {
    const LoginPage& login = ctx.state.login;
    if (!login.result) return;
    const sync::PinCheck& r = *login.result;
    switch (r.outcome) {
    case Outcome::Ok: break;
    case Outcome::Wrong:
        ui::TextWrapped(ctx.t.format("login.wrong_pin", {{"count", std::to_string(r.triesLeft)}}));
        break;
    case Outcome::Locked:
        if (lockedNow(ctx))
            ui::TextWrapped(ctx.t.format("login.locked", {{"time", minutesSeconds(r.lockedUntilMs - ctx.state.clockMs)}}));
        else
            ui::TextWrapped(ctx.tr("login.unlocked"));
        break;
    case Outcome::NoPin: ui::TextWrapped(ctx.tr(login.trainer ? "login.no_trainer_pin" : "login.no_pin")); break;
    case Outcome::UnknownLearner: ui::TextWrapped(ctx.tr("login.error.unknown_nip")); break;
    }
}

// Digits 1-9, then "Hapus" (delete one), 0 and "Masuk": a phone's layout, 3 wide.
bool drawPad(ViewContext& ctx, std::string& pin, std::size_t maxDigits) {
    const float em = ImGui::GetFontSize();
    const ImVec2 key(5.0f * em, 2.6f * em); // far above the 44 px touch minimum
    const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
    for (int i = 0; i < 9; ++i) {
        if (i % 3) ImGui::SameLine();
        if (ui::Button(keys[i], key) && pin.size() < maxDigits) pin += keys[i];
    }
    const std::string erase = std::string(ctx.tr("login.erase")) + "##pad";
    if (ui::Button(erase.c_str(), key) && !pin.empty()) pin.pop_back();
    ImGui::SameLine();
    if (ui::Button("0", key) && pin.size() < maxDigits) pin += "0";
    ImGui::SameLine();
    const std::string enter = std::string(ctx.tr("login.sign_in")) + "##pad";
    return ui::Button(enter.c_str(), key);
}

} // namespace

void drawLogin(ViewContext& ctx) {
    beginPage("login");
    const LoginPage& login = ctx.state.login;
    Forms& f = ctx.forms;
    if (!login.trainer && login.choosingFirstPin) {
        drawFirstPin(ctx); // view_login_first_pin.cpp
        return endPage();
    }
    if (login.trainer) {
        ui::Heading(ctx.tr("login.trainer_title"));
    } else {
        ui::Heading(ctx.t.format("login.title", {{"name", login.name}}));
        ui::Muted(login.nip);
    }
    const std::size_t maxDigits = login.trainer ? sync::kTrainerPinMaxDigits : sync::kPinDigits;
    ui::TextWrapped(login.trainer ? ctx.tr("login.trainer_pin_hint")
                                  : ctx.t.format("login.pin_hint", {{"count", std::to_string(sync::kPinDigits)}}));
    const bool blocked = login.checking || lockedNow(ctx);
    if (blocked) ImGui::BeginDisabled();
    const std::string label = std::string(ctx.tr("login.pin")) + "##pin";
    bool submit = ui::LabelledInput(label.c_str(), &f.loginPin,
                                    ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal |
                                        ImGuiInputTextFlags_EnterReturnsTrue);
    if (f.loginPin.size() > maxDigits) f.loginPin.resize(maxDigits);
    ImGui::Spacing();
    submit = drawPad(ctx, f.loginPin, maxDigits) || submit;
    if (blocked) ImGui::EndDisabled();
    if (submit && !blocked && !f.loginPin.empty()) {
        ctx.dispatch(intent::EnterPin{f.loginPin});
        f.loginPin.clear(); // a PIN never stays in memory longer than it must
    }
    ImGui::Spacing();
    if (login.checking) ui::Muted(ctx.tr("login.checking"));
    drawOutcome(ctx);
    ImGui::Spacing();
    if (ui::Button(ctx.tr(login.trainer ? "common.cancel" : "login.not_me"))) {
        f.loginPin.clear();
        ctx.dispatch(intent::ShowLearners{});
    }
    endPage();
}

} // namespace pelita::kiosk::views
