#pragma once
// Controller: the one place intents are applied. It changes AppState at once for
// navigation, and sends disk work to the RecordsWorker; results come back
// through the MainThreadQueue and are applied here too.
//
// Threads: UI thread only. Must be destroyed after the RecordsWorker is stopped,
// because queued results refer to it.
#include "app/app_state.h"
#include "app/i18n.h"
#include "app/intents.h"
#include "app/records_worker.h"

#include <pelita/content/course_library.h>

#include <functional>
#include <memory>
#include <thread>

namespace pelita::kiosk {

class Controller {
public:
    struct Hooks {
        std::function<void()> syncNow;                             // ask the sync engine for a pass
        std::function<void(const std::string&)> languageChanged;   // reload the UI strings
        // Milliseconds on a steady clock (quiz time limits); null = std::chrono::steady_clock.
        std::function<std::int64_t()> steadyNowMs;
        // Text scale or contrast changed: rebuild fonts and style before the next frame.
        std::function<void(double textScale, bool highContrast)> displayChanged;
        std::function<void(const std::string& courseIri)> downloadCourse; // the sync engine's download()
        // The sync engine's learnerSignedIn(): fetch and merge the learner's resume state.
        std::function<void(const std::string& nip, const std::vector<std::string>& courseIris)> learnerSignedIn;
        // The UI strings in the kiosk's language, for files a trainer takes away (the
        // results CSV); without it such an export refuses.
        std::function<const Translator&()> words;
    };

    Controller(AppState& state, RecordsWorker& worker, platform::MainThreadQueue& queue, Hooks hooks);

    // Loads installed courses, learners and settings (on the worker).
    void start();
    void apply(const Intent& intent);

    // Quiz time (controller_quiz_time.cpp). Call tickQuiz() every quizTickPeriodMs()
    // while that is > 0: it advances the time shown, saves progress every few seconds,
    // and submits when the time limit is reached. quizLeftScreen() when the quiz
    // screen is replaced by another: the clock stops and the time so far is saved.
    void tickQuiz();
    int quizTickPeriodMs() const;
    void quizLeftScreen();

    // The sync engine installed a course (controller_catalogue.cpp): the course list
    // is reloaded at once, or, while a learner is inside a course, once they leave it,
    // so that no lesson or quiz changes under them.
    void coursesDownloaded();
    // The sync engine added learners from the server's roster: reload the sign-in list.
    void learnersPulled();
    // A pull changed the kiosk's mandatory courses: reload them for the home screen.
    void assignmentsPulled();
    // The sync engine merged another kiosk's progress into records.db
    // (controller_login.cpp): the signed-in learner's home and course reload.
    void resumeStateMerged();

private:
    // One overload per intent, in controller_*.cpp by concern.
    void on(const intent::ShowLearners&);
    void on(const intent::SignIn&);
    void on(const intent::StartEnrol&);
    void on(const intent::Enrol&);
    void on(const intent::SignOut&);
    void on(const intent::OpenCourse&);
    void on(const intent::GoHome&);
    void on(const intent::OpenLesson&);
    void on(const intent::FinishLesson&);
    void on(const intent::BackToCourse&);
    void on(const intent::StartQuiz&);
    void on(const intent::Answer&);
    void on(const intent::Draft&);
    void on(const intent::GoToQuestion&);
    void on(const intent::ReviewQuiz&);
    void on(const intent::SubmitQuiz&);
    void on(const intent::OpenSettings&);
    void on(const intent::SaveSettings&);
    void on(const intent::SyncNow&);
    void on(const intent::DismissNotice&);
    void on(const intent::EnterPin&);
    void on(const intent::OpenTrainer&);
    void on(const intent::ResetPin&);
    void on(const intent::IdleSignOut&);
    void on(const intent::OpenHistory&);
    void on(const intent::PrintCertificate&);
    void on(const intent::SaveCertificateToUsb&);
    void on(const intent::ExportHistoryCsv&);
    void on(const intent::ReadAt&);
    void on(const intent::ImageShown&);
    void on(const intent::ImageNeeded&);
    void on(const intent::SetDisplay&);
    // Trainer mode's tabs (controller_trainer_*.cpp).
    void on(const intent::LoadResults&);
    void on(const intent::ExportResultsCsv&);
    void on(const intent::LoadSyncPanel&);
    void on(const intent::ReleaseQuarantine&);
    void on(const intent::ExportRecords&);
    void on(const intent::ImportReceipt&);
    void on(const intent::ImportCourses&);
    void on(const intent::LoadTrustedKeys&);
    void on(const intent::FindKeysOnUsb&);
    void on(const intent::TrustKey&);
    void on(const intent::RemoveTrustedKey&);
    void on(const intent::DownloadCourse&);   // controller_catalogue.cpp
    void on(const intent::ChooseFirstPin&);   // controller_first_pin.cpp
    void on(const intent::ExitKiosk&);        // controller_trainer.cpp

    // Runs `work` on the records worker; `then` runs on the UI thread with its result.
    template <class T> void load(std::function<T(sync::RecordsStore&)> work, std::function<void(T)> then);

    // A write to the records store: counts as unsaved until the worker's transaction
    // commits, then `then` runs on the UI thread with its result. On failure the
    // write is forgotten, `undo` (if any) runs, and the error is shown.
    template <class T>
    void save(std::function<T(sync::RecordsStore&)> work, std::function<void(T)> then,
              std::function<void()> undo = {});
    void write(std::function<void(sync::RecordsStore&)> work);
    void showError(const std::string& key, const std::string& detail);
    // Sign-in helpers (controller_login*.cpp, controller_trainer*.cpp).
    void signInAs(const sync::Learner& learner);
    void endSession();                    // learner or trainer leaves; back to the start screen
    void loadHome();                      // JP this year, courses passed, mandatory courses: the home screen
    void loadTrainerList();
    // Certificates (controller_certificate.cpp): after a submit or a lesson, issues
    // the open course's certificate if it is now passed, and writes its PDF.
    void issueCertificateIfPassed();
    void copyToUsb(const std::string& what, const std::string& folder);  // a number, or "csv"
    // Quiz helpers (controller_quiz*.cpp).
    const content::Quiz* openQuiz() const;
    std::int64_t steadyNow() const;
    void beginQuizClock(sync::QuizAttempt attempt);
    void takeTimeSlice();                 // folds the running slice into attempt.elapsedMs
    void saveAnswer(const std::string& questionId, const std::string& response);
    void saveDrafts();
    void saveQuizProgress();
    void submitQuiz(bool timeUp);
    // Lesson helpers (controller_lesson.cpp).
    void writeReadingPosition();          // the page's position, one write in flight at a time
    void leaveLesson();                   // saves where the learner stopped, whatever is in flight
    void loadLessonImages(const content::Course& course, const content::Lesson& lesson);
    // The error handler for worker jobs: shows the message and forgets one unsaved write.
    RecordsWorker::OnError failWith(const std::string& key, bool wasWrite);
    // Trainer tabs' helpers (controller_trainer_*.cpp). withUsbFolder runs `then` on
    // the records worker with the folder to use: `folder` if given, else the one USB
    // folder found; with none or several it tells the trainer, and `then` does not run.
    void withUsbFolder(UsbTask task, const std::string& folder,
                       std::function<void(sync::RecordsStore&, const std::filesystem::path&)> then);
    void loadSyncPanel();
    void loadTrustedKeys();
    void coursesInstalled(content::CourseLibrary library); // the learners' course list, after an import
    void reloadCoursesWhenFree();         // controller_catalogue.cpp: after each intent while courses are stale
    void lookForFirstSignIn(const std::string& nip); // controller_first_pin.cpp: no PIN yet? offer to choose one

    AppState& state_;
    RecordsWorker& worker_;
    platform::MainThreadQueue& queue_;
    Hooks hooks_;
    // A course import (controller_trainer_import.cpp): its own thread, so a large
    // package never holds up the records worker. Declared last: stopped and joined
    // first when the controller goes.
    std::jthread importThread_;
};

template <class T>
inline void Controller::load(std::function<T(sync::RecordsStore&)> work, std::function<void(T)> then) {
    worker_.post(
        [this, work = std::move(work), then = std::move(then)](sync::RecordsStore& store) {
            auto result = std::make_shared<T>(work(store));
            queue_.post([then, result] { then(std::move(*result)); });
        },
        failWith("notice.load_failed", false));
}

template <class T>
inline void Controller::save(std::function<T(sync::RecordsStore&)> work, std::function<void(T)> then,
                             std::function<void()> undo) {
    ++state_.unsavedWrites;
    worker_.post(
        [this, work = std::move(work), then = std::move(then)](sync::RecordsStore& store) {
            auto result = std::make_shared<T>(work(store));
            const std::size_t outbox = store.pendingCount();
            queue_.post([this, then, result, outbox] {
                --state_.unsavedWrites;
                state_.savedSomething = true;
                state_.sync.queueLength = outbox;
                if (then) then(std::move(*result));
            });
        },
        [this, undo = std::move(undo)](const std::string& message) {
            --state_.unsavedWrites;
            if (undo) undo();
            showError("notice.save_failed", message);
        });
}

} // namespace pelita::kiosk
