#pragma once
// App: the kiosk put together. It owns the state, the records worker, the sync
// engine and the controller, and draws one frame of the current screen.
//
// Threads: construct, draw and destroy on the UI thread. Destroying it stops the
// sync engine and lets the records worker finish every queued write first.
#include "app/app_state.h"
#include "app/controller.h"
#include "app/i18n.h"
#include "app/idle.h"
#include "app/quiz_ticker.h"
#include "app/records_worker.h"
#include "platform/main_thread_queue.h"
#include "views/view_context.h"

#include <pelita/sync/sync_engine.h>

#include <filesystem>
#include <memory>
#include <vector>

namespace pelita::kiosk {

class App {
public:
    App(std::filesystem::path dataDir, std::filesystem::path i18nDir, Translator translator,
        platform::MainThreadQueue& queue);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Draws the current screen, then applies the intents it produced. Intents wait
    // until the frame is drawn so that no view sees the state change under it.
    void draw();

    // pelita --kiosk: trainer mode offers "Keluar dari kiosk" (intent::ExitKiosk).
    void setKioskMode(bool on) { state_.kioskMode = on; }
    // The trainer closed the kiosk: the caller ends the frame loop.
    bool quitRequested() const { return state_.quitRequested; }

private:
    void onScreenChanged();
    void reloadTranslations(const std::string& language);

    AppState state_;
    Translator translator_;
    Forms forms_;
    std::filesystem::path i18nDir_;
    platform::MainThreadQueue& queue_;
    std::vector<Intent> intents_;
    Dispatch dispatch_;
    Screen lastScreen_ = Screen::Loading;
    // Declared last: destroyed first, so no background thread outlives the state.
    std::unique_ptr<RecordsWorker> worker_;
    IdleLogout idle_{std::chrono::steady_clock::now()};
    std::unique_ptr<WakeTimer> wakeTimer_; // before the controller goes: it posts to the queue
    std::unique_ptr<Controller> controller_;
    std::unique_ptr<sync::SyncEngine> syncEngine_;
    // Last of all: stopped first, so no tick is posted once the controller goes.
    std::unique_ptr<QuizTicker> quizTicker_;
};

} // namespace pelita::kiosk
