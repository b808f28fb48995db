// Course, lesson and reading intents.
#include "app/controller.h"

#include <pelita/content/course_loader.h>
#include <pelita/sync/recorder.h>

namespace pelita::kiosk {

namespace {

struct CourseProgress {
    std::vector<std::string> completed;
    std::vector<sync::QuizAttempt> attempts;
    std::optional<sync::ReadingPlace> lastReading;
};

// The lesson or quiz after `id` in course order, as {kind, id}; kind is empty at the end.
std::pair<std::string, std::string> nextItem(const content::Course& course, const std::string& id) {
    bool found = false;
    for (const auto& m : course.modules) {
        for (const auto& l : m.lessons) {
            if (found) return {"lesson", l.id};
            found = l.id == id;
        }
        for (const auto& q : m.quizzes) {
            if (found) return {"quiz", q.id};
            found = q.id == id;
        }
    }
    return {};
}

} // namespace

void Controller::on(const intent::OpenCourse& i) {
    if (!state_.learner) return;
    state_.courseIri = i.courseIri;
    state_.screen = Screen::Course;
    const std::string nip = state_.learner->nip;
    load<CourseProgress>(
        [nip, iri = i.courseIri](sync::RecordsStore& store) {
            return CourseProgress{store.completedLessons(nip, iri), store.submittedAttempts(nip, iri),
                                  store.lastReading(nip, iri)};
        },
        [this, iri = i.courseIri](CourseProgress p) {
            if (state_.courseIri != iri) return; // the learner moved on meanwhile
            state_.completedLessons = {p.completed.begin(), p.completed.end()};
            state_.attempts = std::move(p.attempts);
            state_.lastReading = std::move(p.lastReading);
        });
}

void Controller::on(const intent::BackToCourse&) {
    state_.screen = state_.openCourse() ? Screen::Course : Screen::Home;
}

void Controller::on(const intent::OpenLesson& i) {
    const content::Course* course = state_.openCourse();
    if (!course || !course->findLesson(i.lessonId)) return;
    state_.lesson = LessonPage{};
    state_.lesson.lessonId = i.lessonId;
    state_.lesson.loading = true;
    state_.lesson.position = -1; // unknown until the lesson and its saved position arrive
    state_.screen = Screen::Lesson;
    using Text = Expected<std::string, content::ContentError>;
    struct Opened {
        std::shared_ptr<Text> text;
        std::optional<double> position; // where this learner stopped reading it
    };
    const std::string nip = state_.learner ? state_.learner->nip : std::string();
    load<Opened>(
        [course = *course, id = i.lessonId, nip](sync::RecordsStore& store) {
            return Opened{std::make_shared<Text>(content::readLessonText(course, *course.findLesson(id))),
                          nip.empty() ? std::nullopt : store.readingPosition(nip, course.iri, id)};
        },
        [this, id = i.lessonId](Opened opened) {
            if (state_.lesson.lessonId != id) return;
            state_.lesson.loading = false;
            if (!*opened.text) return showError("notice.lesson_unreadable", opened.text->error().describe());
            state_.lesson.document = content::parseLesson(opened.text->value());
            state_.lesson.position = opened.position.value_or(0);
            state_.lesson.savedPosition = opened.position.value_or(-1);
            state_.lesson.restorePosition = opened.position.value_or(-1);
            if (const content::Course* open = state_.openCourse())
                if (const content::Lesson* lesson = open->findLesson(id)) loadLessonImages(*open, *lesson);
        });
}

void Controller::on(const intent::FinishLesson&) {
    const content::Course* course = state_.openCourse();
    if (!course || !state_.learner) return;
    const content::Lesson* lesson = course->findLesson(state_.lesson.lessonId);
    if (!lesson) return;
    if (!state_.completedLessons.count(lesson->id)) {
        state_.completedLessons.insert(lesson->id);
        write([learner = *state_.learner, course = *course, lesson = *lesson,
               homePage = state_.settings.homePage](sync::RecordsStore& store) {
            sync::Recorder(store, homePage).completeLesson(learner, course, lesson);
        });
        issueCertificateIfPassed(); // a course without quizzes is passed by its last lesson
    }
    auto [kind, id] = nextItem(*course, lesson->id);
    if (kind == "lesson") return on(intent::OpenLesson{id});
    if (kind == "quiz") return on(intent::StartQuiz{id});
    state_.screen = Screen::Course;
}

} // namespace pelita::kiosk
