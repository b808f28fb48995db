#include "app/app.h"

#include "platform/fonts.h"
#include "platform/startup_report.h"
#include "platform/style.h"
#include "views/views.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/curl_transport.h>

namespace pelita::kiosk {

App::App(std::filesystem::path dataDir, std::filesystem::path i18nDir, Translator translator,
         platform::MainThreadQueue& queue)
    : translator_(std::move(translator)), i18nDir_(std::move(i18nDir)), queue_(queue) {
    dispatch_ = [this](Intent intent) { intents_.push_back(std::move(intent)); };
    worker_ = std::make_unique<RecordsWorker>(dataDir, queue_);
    syncEngine_ = std::make_unique<sync::SyncEngine>(
        dataDir, std::make_unique<sync::CurlTransport>(), [this](const sync::SyncStatus& status) {
            queue_.post([this, status] {
                const auto& was = state_.sync.catalogue;
                const bool installed = status.catalogue.installs != was.installs;
                // A roster pull that brought learners: the sign-in list shows them.
                const bool newLearners =
                    status.catalogue.rosterAdded > 0 &&
                    (status.catalogue.roster != was.roster || status.catalogue.rosterAdded != was.rosterAdded ||
                     status.catalogue.rosterLearners != was.rosterLearners);
                // An admin assigned or unassigned a course: the home list shows it.
                const bool newAssignments = status.catalogue.assignmentChanges != was.assignmentChanges;
                // Another kiosk's progress came in: the learner's places are redrawn.
                const bool progressMerged = status.resumeMerges != state_.sync.resumeMerges;
                state_.sync = status;
                if (installed) controller_->coursesDownloaded();
                if (newLearners) controller_->learnersPulled();
                if (newAssignments) controller_->assignmentsPulled();
                if (progressMerged) controller_->resumeStateMerged();
            });
        });
    Controller::Hooks hooks;
    hooks.syncNow = [this] { syncEngine_->syncNow(); };
    hooks.downloadCourse = [this](const std::string& courseIri) { syncEngine_->download(courseIri); };
    hooks.learnerSignedIn = [this](const std::string& nip, const std::vector<std::string>& courseIris) {
        syncEngine_->learnerSignedIn(nip, courseIris);
    };
    hooks.languageChanged = [this](const std::string& language) { reloadTranslations(language); };
    hooks.words = [this]() -> const Translator& { return translator_; };
    hooks.displayChanged = [this](double textScale, bool highContrast) {
        // Posted, so it runs before the next frame: this frame still draws with the old atlas.
        queue_.post([this, textScale, highContrast] {
            platform::setHighContrast(highContrast);
            platform::applyKioskStyle(static_cast<float>(textScale));
            if (auto fonts = platform::rebuildFonts(static_cast<float>(textScale)); !fonts)
                state_.notice = Notice{"notice.display_failed", fonts.error(), true};
        });
    };
    controller_ = std::make_unique<Controller>(state_, *worker_, queue_, std::move(hooks));
    controller_->start();
    wakeTimer_ = std::make_unique<WakeTimer>(queue_);
    quizTicker_ = std::make_unique<QuizTicker>(queue_, [this] { controller_->tickQuiz(); });
    syncEngine_->start();
}

App::~App() {
    // Stop the network first; then let the worker write everything it was given.
    syncEngine_->stop();
    syncEngine_.reset();
    worker_.reset();
}

void App::draw() {
    if (state_.screen != lastScreen_) onScreenChanged();
    const auto now = std::chrono::steady_clock::now();
    wakeTimer_->wakeAt(idle_.frame(state_, dispatch_, inputThisFrame(), now, sync::nowMs()));
    ViewContext ctx{state_, translator_, forms_, dispatch_};
    views::drawScreen(ctx);
    // Swap out first: applying an intent may dispatch another.
    std::vector<Intent> intents;
    intents.swap(intents_);
    for (const auto& intent : intents) controller_->apply(intent);
    quizTicker_->setPeriod(controller_->quizTickPeriodMs());
}

void App::onScreenChanged() {
    if (lastScreen_ == Screen::Loading) platform::reportStartup("ready");
    // Whichever way the learner left a quiz (back, sign-out, logout), its clock stops here.
    if (lastScreen_ == Screen::Quiz) controller_->quizLeftScreen();
    if (lastScreen_ == Screen::Lesson) views::closeLesson(); // its images' textures go
    lastScreen_ = state_.screen;
    if (state_.screen == Screen::Enrol) {
        forms_.enrolNip.clear();
        forms_.enrolName.clear();
        forms_.enrolUnit.clear();
        forms_.enrolPosition.clear();
    }
    // PINs typed on one screen never wait in memory for the next person.
    forms_.enrolPin.clear();
    forms_.enrolPinAgain.clear();
    forms_.loginPin.clear();
    forms_.firstPin.clear();
    forms_.firstPinAgain.clear();
    forms_.resetNip.clear();
    forms_.resetPin.clear();
    forms_.resetPinAgain.clear();
    forms_.trainerTab.clear(); // a trainer tab shown again reloads what it shows
    if (state_.screen == Screen::Learners) {
        forms_.loginNip.clear();
    }
    if (state_.screen == Screen::Settings) {
        forms_.serverUrl = state_.settings.serverUrl;
        forms_.key = state_.settings.key;
        forms_.secret = state_.settings.secret;
    }
}

void App::reloadTranslations(const std::string& language) {
    // Reading the file is disk work, so it runs on the worker like any other.
    worker_->post(
        [this, language](sync::RecordsStore&) {
            auto loaded = std::make_shared<Expected<Translator, std::string>>(Translator::load(i18nDir_, language));
            queue_.post([this, loaded] {
                if (*loaded)
                    translator_ = loaded->value();
                else
                    state_.notice = Notice{"notice.language_failed", loaded->error(), true};
            });
        },
        [this](const std::string& message) { state_.notice = Notice{"notice.language_failed", message, true}; });
}

} // namespace pelita::kiosk
