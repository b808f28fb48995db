// Trainer mode, as far as it goes today: the learners and their PINs, a reset, and
// the way out of a --kiosk session.
#include "app/controller.h"

#include <pelita/sync/pin.h>

namespace pelita::kiosk {

void Controller::loadTrainerList() {
    load<std::vector<sync::LearnerPinState>>([](sync::RecordsStore& store) { return store.pinStates(); },
                                             [this](std::vector<sync::LearnerPinState> pins) {
                                                 state_.trainer.pins = std::move(pins);
                                             });
}

void Controller::on(const intent::ResetPin& i) {
    if (!state_.trainerMode || state_.trainer.saving) return;
    const auto problem = sync::checkPinFormat(i.pin);
    if (problem != sync::PinProblem::None) return showError(sync::pinProblemKey(problem), "");
    if (i.pin != i.pinAgain) return showError("login.pin_error.mismatch", "");
    state_.trainer.saving = true;
    using Reset = Expected<sync::Learner, sync::StoreError>;
    save<std::shared_ptr<Reset>>(
        [nip = i.nip, pin = i.pin](sync::RecordsStore& store) {
            return std::make_shared<Reset>(store.resetPin(nip, pin));
        },
        [this](std::shared_ptr<Reset> reset) {
            state_.trainer.saving = false;
            if (!*reset) return showError("trainer.reset_failed", reset->error().message);
            ++state_.trainer.resetsDone;
            state_.notice = Notice{"trainer.reset_done", (*reset)->name + "  \xC2\xB7  " + (*reset)->nip, false};
            loadTrainerList();
        },
        [this] { state_.trainer.saving = false; });
}

void Controller::on(const intent::ExitKiosk&) {
    // Writes still queued finish as the App goes down (App::~App), so nothing is lost.
    if (state_.trainerMode && state_.kioskMode) state_.quitRequested = true;
}

} // namespace pelita::kiosk
