#pragma once
// What every view gets: the state to draw, the UI strings, the screen's form
// fields (text being typed, which is UI-only), and where to send intents.
#include "app/app_state.h"
#include "app/i18n.h"
#include "app/intents.h"

#include <string>

namespace pelita::kiosk {

// Text fields being edited. They belong to the UI, not to AppState: nothing is
// saved until the learner presses the button that sends an intent.
struct Forms {
    std::string enrolNip, enrolName, enrolUnit, enrolPosition;
    std::string enrolPin, enrolPinAgain;       // cleared whenever the screen changes
    std::string loginNip, loginPin;            // typed NIP on the start screen; the PIN pad's digits
    std::string firstPin, firstPinAgain;       // a roster learner choosing their first PIN
    std::string resetNip, resetPin, resetPinAgain; // trainer's reset form, for learner resetNip
    int resetsSeen = 0;                        // TrainerPage::resetsDone when the form opened
    std::string serverUrl, key, secret, language;
    bool settingsFilled = false; // copied from AppState when the settings screen opens
    // Trainer mode's tabs (view_trainer*.cpp, view_settings.cpp).
    std::string trainerTab;                    // the tab drawn last frame: opening one loads its data
    std::string trainerChosen;                 // the tab the trainer picked (its id)
    ResultsView results;                       // Hasil peserta: filters and sort
    std::string importPath;                    // Impor kursus: a typed folder or package
    std::string idleMinutes, caBundle, maxKilobytesPerSecond; // Pengaturan, as typed
    std::string opd;                           // Pengaturan: the OPD this kiosk serves
};

struct ViewContext {
    const AppState& state;
    const Translator& t;
    Forms& forms;
    const Dispatch& dispatch;

    const char* tr(const std::string& key) const { return t.tr(key); }
};

} // namespace pelita::kiosk
