// A learner the server's roster brought to this kiosk has no PIN: at their first
// sign-in they choose one, and are in. Anyone who already has a PIN needs the
// trainer's reset instead, so this can never replace a PIN.
#include "app/controller.h"

#include <pelita/sync/pin.h>

namespace pelita::kiosk {

namespace {

bool hasPin(const sync::RecordsStore& store, const std::string& nip) {
    for (const auto& p : store.pinStates())
        if (p.nip == nip) return p.hasPin;
    return false;
}

} // namespace

void Controller::lookForFirstSignIn(const std::string& nip) {
    load<bool>([nip](sync::RecordsStore& store) { return store.learner(nip) && !hasPin(store, nip); },
               [this, nip](bool firstTime) {
                   if (state_.screen != Screen::Login || state_.login.trainer || state_.login.nip != nip) return;
                   state_.login.choosingFirstPin = firstTime;
               });
}

void Controller::on(const intent::ChooseFirstPin& i) {
    LoginPage& login = state_.login;
    if (state_.screen != Screen::Login || login.trainer || !login.choosingFirstPin || login.checking) return;
    const auto problem = sync::checkPinFormat(i.pin);
    if (problem != sync::PinProblem::None) return showError(sync::pinProblemKey(problem), "");
    if (i.pin != i.pinAgain) return showError("login.pin_error.mismatch", "");
    login.checking = true;
    using Chosen = Expected<sync::Learner, sync::StoreError>;
    const std::string nip = login.nip;
    save<std::shared_ptr<Chosen>>(
        [nip, pin = i.pin](sync::RecordsStore& store) {
            // Checked again here, on the worker that does every PIN write, in order.
            if (hasPin(store, nip))
                return std::make_shared<Chosen>(unexpected(sync::StoreError{"this learner already has a PIN"}));
            return std::make_shared<Chosen>(store.resetPin(nip, pin));
        },
        [this, nip](std::shared_ptr<Chosen> chosen) {
            if (state_.screen != Screen::Login || state_.login.nip != nip) return;
            state_.login.checking = false;
            if (!*chosen) {
                state_.login.choosingFirstPin = false;
                return showError("login.first_pin_failed", chosen->error().message);
            }
            signInAs(chosen->value());
        },
        [this] { state_.login.checking = false; });
}

} // namespace pelita::kiosk
