#pragma once
// AppState: everything the kiosk's screens draw, as one plain value. Views read it;
// only the Controller (on the UI thread) changes it.
#include <pelita/content/course.h>
#include <pelita/content/lesson_document.h>
#include <pelita/content/scoring.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/records_store.h>
#include <pelita/sync/sync_status.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pelita::kiosk {

enum class Screen { Loading, Learners, Enrol, Home, Course, Lesson, Quiz, Result, Settings };

struct LessonPage {
    std::string lessonId;
    content::LessonDocument document;
    bool loading = false;
};

struct QuizPage {
    std::string quizId;
    sync::QuizAttempt attempt;           // responses include answers not yet confirmed saved
    std::size_t index = 0;               // the question on screen
    bool starting = false;               // waiting for the attempt to be opened
    bool submitting = false;
    bool reviewing = false;              // the review list before submit
};

struct ResultPage {
    std::string quizId;
    content::Score score;
    std::map<std::string, std::string> responses;
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

    LessonPage lesson;
    QuizPage quiz;
    ResultPage result;

    sync::KioskSettings settings;
    sync::SyncStatus sync;

    // Writes sent to the records store and not yet confirmed. While > 0 the
    // status line says "saving"; once 0 after a write, it says "saved".
    int unsavedWrites = 0;
    bool savedSomething = false;

    std::optional<Notice> notice;

    const content::Course* openCourse() const {
        for (const auto& c : courses)
            if (c.iri == courseIri) return &c;
        return nullptr;
    }
};

} // namespace pelita::kiosk
