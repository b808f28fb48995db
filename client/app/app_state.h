#pragma once
// AppState: everything the kiosk's screens draw, as one plain value. Views read it;
// only the Controller (on the UI thread) changes it.
#include "app/certificate_page.h"
#include "app/trainer_pages.h"

#include <pelita/content/course.h>
#include <pelita/content/lesson_document.h>
#include <pelita/content/scoring.h>
#include <pelita/content/quiz_attempt.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/records_store.h>
#include <pelita/sync/recorder.h>
#include <pelita/sync/sync_status.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pelita::kiosk {

enum class Screen { Loading, Learners, Enrol, Home, Course, Lesson, Quiz, Result, Settings, Login, Trainer, History };

// A lesson image decoded on the records worker, waiting to become a texture.
// Once the view has made the texture the pixels go (a full-width picture is
// several megabytes): a decoded image with neither pixels nor a problem is shown.
struct LessonImage {
    bool loading = true;
    int width = 0, height = 0;
    std::shared_ptr<const std::vector<unsigned char>> rgba; // width * height * 4 bytes, decoded and not yet shown
    std::string problem;                                    // why it cannot be shown

    bool shown() const { return !loading && !rgba && problem.empty(); }
};

struct LessonPage {
    std::string lessonId;
    content::LessonDocument document;
    bool loading = false;
    // Reading position (records_store.h ReadingPlace): where to put the reader once
    // the lesson is laid out (< 0: the top), where the view last said they are,
    // and what records.db holds.
    double restorePosition = -1;
    double position = 0;
    double savedPosition = -1;
    bool positionWriting = false;
    std::map<std::string, LessonImage> images; // by the image's path as written in the lesson
};

struct QuizPage {
    std::string quizId;
    sync::QuizAttempt attempt;           // responses include answers not yet confirmed saved
    std::size_t index = 0;               // the question on screen
    bool starting = false;               // waiting for the attempt to be opened
    bool submitting = false;
    bool reviewing = false;              // the review list before submit

    // The attempt's questions and option orders (drawAttempt with its seed): what
    // the learner sees, the same after a crash.
    content::AttemptDraw draw;
    // Set when no attempt could start: why (passed, or every attempt used).
    std::optional<sync::AttemptAllowance> closed;
    // Responses being composed, not yet saved (question id -> response).
    std::map<std::string, std::string> drafts;
    // Time: attempt.elapsedMs is the last saved sum; the running slice began at
    // sliceStartMs on the steady clock. `running` while the attempt is on screen.
    bool running = false;
    std::int64_t sliceStartMs = 0;
    std::int64_t elapsedMs = 0;          // saved sum + running slice, as of the last tick
    std::int64_t lastDraftSaveMs = 0;    // steady clock
    // The course version the attempt started on, when a newer one has been
    // installed since: the attempt finishes on the questions it began with.
    std::shared_ptr<const content::Course> startedOn;
};

struct ResultPage {
    std::string quizId;
    content::Score score;
    std::map<std::string, std::string> responses;
    std::vector<std::string> questionIds;     // the attempt's questions, in the order asked
    sync::AttemptAllowance allowance;         // after this attempt: passed, used, remaining
    bool timeUp = false;                      // submitted by the time limit, not the learner
    std::vector<std::string> reviewLessons;   // lessons behind missed questions, course order
};

// The PIN screen: a learner's PIN, or the trainer's.
struct LoginPage {
    bool trainer = false;                 // asking for the trainer PIN
    std::string nip, name;                // the learner signing in
    bool checking = false;                // the PIN is being checked on the worker
    std::optional<sync::PinCheck> result; // the last check: tries left, or locked until
    // A learner from the server's roster without a PIN: the screen asks them to
    // choose one instead (controller_first_pin.cpp).
    bool choosingFirstPin = false;
};

// Trainer mode: every learner's PIN state, and a PIN being reset.
struct TrainerPage {
    std::vector<sync::LearnerPinState> pins;
    bool saving = false;
    int resetsDone = 0;                   // counts saved resets, so the view can close its form
    // The other tabs (trainer_pages.h).
    ResultsTab results;
    SyncTab syncPanel;
    CourseImportTab import;
    KeysTab keys;
    UsbChoice usb;                        // several USB folders found: which one, for what
};

// A message across the top of the screen: a translation key plus a detail
// (e.g. the file and line of a bad course), shown until dismissed or replaced.
struct Notice {
    std::string key;
    std::string detail;
    bool error = false;
};

struct AppState {
    Screen screen = Screen::Loading;

    std::vector<content::Course> courses;       // installed and loaded
    std::vector<std::string> courseProblems;     // installed folders that failed to load

    std::vector<sync::Learner> learners;
    std::optional<sync::Learner> learner;        // who is signed in

    std::string courseIri;                       // the open course
    std::set<std::string> completedLessons;      // of the learner, in the open course
    std::vector<sync::QuizAttempt> attempts;     // submitted, in the open course
    std::optional<sync::ReadingPlace> lastReading; // of the learner, in the open course: "Lanjutkan"

    LessonPage lesson;
    QuizPage quiz;
    ResultPage result;
    CertificatePage certificates;                // result screen's certificate, history screen

    sync::KioskSettings settings;
    sync::SyncStatus sync;

    // Writes sent to the records store and not yet confirmed. While > 0 the
    // status line says "saving"; once 0 after a write, it says "saved".
    int unsavedWrites = 0;
    bool savedSomething = false;

    std::optional<Notice> notice;

    LoginPage login;
    TrainerPage trainer;
    bool trainerMode = false;                    // signed in with the trainer PIN
    bool kioskMode = false;                      // pelita --kiosk: fullscreen, closed only by a trainer
    bool quitRequested = false;                  // the trainer chose "Keluar dari kiosk"
    // The sync engine installed a course while a learner was inside one; the list
    // is reloaded once they leave it (controller_catalogue.cpp).
    bool coursesStale = false;

    // Set by IdleLogout each frame (client/app/idle.h).
    std::int64_t clockMs = 0;                    // wall clock at this frame, for countdowns
    int idleSecondsLeft = -1;                    // >= 0: the idle warning is showing
    bool idleSigningOut = false;                 // idle time is up; waiting for writes to finish

    // Home: JP from courses passed this calendar year (sync/jp.h), once loaded.
    std::optional<double> jpThisYear;
    // Home: the kiosk's mandatory (Wajib) courses as last pulled, and the IRIs of the
    // courses the signed-in learner passed (sync/mandatory_courses.h orders the list).
    std::vector<sync::Assignment> assignments;
    std::set<std::string> coursesPassed;

    // The course the open quiz attempt belongs to: the installed one, or the
    // older version the attempt started on.
    const content::Course* quizCourse() const { return quiz.startedOn ? quiz.startedOn.get() : openCourse(); }

    const content::Course* installedCourse(const std::string& iri) const {
        for (const auto& c : courses)
            if (c.iri == iri) return &c;
        return nullptr;
    }
    const content::Course* openCourse() const { return installedCourse(courseIri); }
};

} // namespace pelita::kiosk
