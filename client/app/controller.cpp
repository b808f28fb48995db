#include "app/controller.h"

#include <pelita/content/course_library.h>
#include <pelita/sync/clock.h>

namespace pelita::kiosk {

Controller::Controller(AppState& state, RecordsWorker& worker, platform::MainThreadQueue& queue, Hooks hooks)
    : state_(state), worker_(worker), queue_(queue), hooks_(std::move(hooks)) {}

void Controller::apply(const Intent& intent) {
    // Whatever the learner does next on a lesson (another lesson, back, sign out,
    // idle logout), where they stopped reading is saved first.
    const bool staysOnLesson = std::holds_alternative<intent::ReadAt>(intent) ||
                               std::holds_alternative<intent::ImageShown>(intent) ||
                               std::holds_alternative<intent::ImageNeeded>(intent);
    if (state_.screen == Screen::Lesson && !staysOnLesson) leaveLesson();
    std::visit([this](const auto& i) { on(i); }, intent);
    if (state_.coursesStale) reloadCoursesWhenFree();
}

void Controller::start() {
    struct Startup {
        content::CourseLibrary library;
        std::vector<sync::Learner> learners;
        sync::KioskSettings settings;
        std::size_t outbox = 0;
    };
    const auto dataDir = worker_.dataDir();
    load<Startup>(
        [dataDir](sync::RecordsStore& store) {
            // Course versions kept for attempts that have since been submitted go.
            std::vector<content::CourseVersion> needed;
            for (auto& [iri, version] : store.openAttemptVersions()) needed.push_back({iri, version});
            content::prunePreviousVersions(dataDir, needed);
            return Startup{content::loadInstalledCourses(dataDir), store.learners(), sync::KioskSettings::load(store),
                           store.pendingCount()};
        },
        [this](Startup s) {
            state_.courses = std::move(s.library.courses);
            state_.courseProblems.clear();
            for (const auto& p : s.library.problems) state_.courseProblems.push_back(p.describe());
            state_.learners = std::move(s.learners);
            state_.settings = std::move(s.settings);
            state_.sync.queueLength = s.outbox;
            state_.screen = Screen::Learners;
            if (!state_.courseProblems.empty()) showError("notice.course_problem", state_.courseProblems.front());
        });
}

void Controller::write(std::function<void(sync::RecordsStore&)> work) {
    save<bool>(
        [work = std::move(work)](sync::RecordsStore& store) {
            work(store);
            return true;
        },
        {});
}

RecordsWorker::OnError Controller::failWith(const std::string& key, bool wasWrite) {
    return [this, key, wasWrite](const std::string& message) {
        if (wasWrite) --state_.unsavedWrites;
        showError(key, message);
    };
}

void Controller::showError(const std::string& key, const std::string& detail) {
    state_.notice = Notice{key, detail, true};
}

void Controller::on(const intent::DismissNotice&) { state_.notice.reset(); }

// Kiosk settings are trainer-only: they hold the kiosk's credential.
void Controller::on(const intent::OpenSettings&) {
    if (state_.trainerMode) state_.screen = Screen::Settings;
}

void Controller::on(const intent::SaveSettings& i) {
    sync::KioskSettings settings = state_.settings;
    if (i.opd) {
        // Matched exactly against the server's roster, so stray spaces would lose it.
        const auto first = i.opd->find_first_not_of(" \t");
        if (first == std::string::npos) return showError("settings.opd_empty", {});
        settings.opd = i.opd->substr(first, i.opd->find_last_not_of(" \t") - first + 1);
    }
    settings.serverUrl = i.serverUrl;
    settings.key = i.key;
    settings.secret = i.secret;
    if (i.idleMinutes) settings.idleMinutes = *i.idleMinutes;
    if (i.caBundle) settings.caBundle = *i.caBundle;
    if (i.maxBytesPerSecond) settings.maxBytesPerSecond = *i.maxBytesPerSecond;
    const bool languageChanged = !i.language.empty() && i.language != settings.language;
    if (!i.language.empty()) settings.language = i.language;
    state_.settings = settings;
    write([settings](sync::RecordsStore& store) { settings.save(store); });
    if (languageChanged && hooks_.languageChanged) hooks_.languageChanged(settings.language);
    state_.notice = Notice{"settings.saved", {}, false};
}

void Controller::on(const intent::SyncNow&) {
    if (hooks_.syncNow) hooks_.syncNow();
}

} // namespace pelita::kiosk
