// Trainer mode's settings and the way out of a --kiosk session, without a window:
// the OPD typed in "Pengaturan" is saved trimmed (and refused when blank), and
// "Keluar dari kiosk" closes only a --kiosk session, only for the trainer PIN.
#include "../support/temp_dir.h"
#include "app/controller.h"
#include "queue_pump.h"

#include <catch2/catch.hpp>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/pin_trainer.h>

using namespace pelita;
using namespace pelita::kiosk;

namespace {

const char* kTrainerPin = "97531086";

// One kiosk process over a fresh data folder with a trainer PIN set.
struct TrainerKiosk {
    test::TempDir dir;
    AppState state;
    platform::MainThreadQueue queue;
    std::unique_ptr<RecordsWorker> worker;
    std::unique_ptr<Controller> controller;

    TrainerKiosk() {
        {
            auto store = sync::RecordsStore::open(dir.path());
            REQUIRE(store);
            REQUIRE_FALSE(sync::setTrainerPin(**store, kTrainerPin));
        }
        worker = std::make_unique<RecordsWorker>(dir.path(), queue);
        controller = std::make_unique<Controller>(state, *worker, queue, Controller::Hooks{});
        controller->start();
        pumpUntil([&] { return state.screen == Screen::Learners; });
    }
    ~TrainerKiosk() {
        worker.reset();
        queue.drain();
    }
    template <class Done> void pumpUntil(Done done) { pelita::test::pumpQueueUntil(queue, done); }
    void enterTrainerMode(const std::string& pin) {
        controller->apply(intent::OpenTrainer{});
        controller->apply(intent::EnterPin{pin});
        pumpUntil([&] { return !state.login.checking; });
    }
    // What records.db holds once the writes queued so far have landed (the worker
    // runs its jobs in order), as `pelita sync` and the next start read it.
    sync::KioskSettings saved() {
        std::optional<sync::KioskSettings> read;
        worker->post(
            [this, &read](sync::RecordsStore& store) {
                auto settings = sync::KioskSettings::load(store);
                queue.post([&read, settings] { read = settings; });
            },
            {});
        pumpUntil([&] { return read.has_value(); });
        return *read;
    }
    intent::SaveSettings settingsWith(std::optional<std::string> opd) const {
        const sync::KioskSettings& s = state.settings;
        intent::SaveSettings save{s.serverUrl, s.key, s.secret, s.language};
        save.opd = std::move(opd);
        return save;
    }
};

} // namespace

TEST_CASE("Pengaturan saves the kiosk's OPD trimmed, like the other settings", "[client][settings]") {
    TrainerKiosk k;
    k.controller->apply(k.settingsWith("  Dinas Komunikasi dan Informatika \t"));
    CHECK(k.state.settings.opd == "Dinas Komunikasi dan Informatika");
    REQUIRE(k.state.notice);
    CHECK(k.state.notice->key == "settings.saved");
    CHECK(k.saved().opd == "Dinas Komunikasi dan Informatika");

    SECTION("a blank OPD is refused and the saved one stays") {
        auto save = k.settingsWith(" \t ");
        save.serverUrl = "https://pelita.sawahluntokota.go.id";
        k.controller->apply(save);
        REQUIRE(k.state.notice);
        CHECK(k.state.notice->key == "settings.opd_empty");
        CHECK(k.state.notice->error);
        CHECK(k.state.settings.opd == "Dinas Komunikasi dan Informatika");
        CHECK(k.state.settings.serverUrl.empty()); // nothing of that form was saved
        const auto settings = k.saved();
        CHECK(settings.opd == "Dinas Komunikasi dan Informatika");
        CHECK(settings.serverUrl.empty());
    }
    SECTION("a save without the field (the start screen's language switch) keeps it") {
        auto save = k.settingsWith(std::nullopt);
        save.language = "en";
        k.controller->apply(save);
        CHECK(k.state.settings.language == "en");
        CHECK(k.saved().opd == "Dinas Komunikasi dan Informatika");
    }
}

TEST_CASE("Keluar dari kiosk closes a --kiosk session, from trainer mode only", "[client][kiosk]") {
    TrainerKiosk k;
    k.state.kioskMode = true; // as pelita --kiosk sets it

    k.controller->apply(intent::ExitKiosk{});
    CHECK_FALSE(k.state.quitRequested); // a learner on the start screen

    k.enterTrainerMode("00000000");
    CHECK_FALSE(k.state.trainerMode);
    k.controller->apply(intent::ExitKiosk{});
    CHECK_FALSE(k.state.quitRequested);

    k.enterTrainerMode(kTrainerPin);
    REQUIRE(k.state.trainerMode);
    k.controller->apply(intent::ExitKiosk{});
    CHECK(k.state.quitRequested);
}

TEST_CASE("without --kiosk the trainer's exit does nothing (the window closes as usual)", "[client][kiosk]") {
    TrainerKiosk k;
    k.enterTrainerMode(kTrainerPin);
    REQUIRE(k.state.trainerMode);
    k.controller->apply(intent::ExitKiosk{});
    CHECK_FALSE(k.state.quitRequested);
}
