// Quiz intents: start or resume an attempt, answer, compose, move between questions.
// Time, progress saves and submitting live in controller_quiz_time.cpp.
#include "app/controller.h"

#include <pelita/content/course_library.h>
#include <pelita/sync/recorder.h>

namespace pelita::kiosk {

namespace {

bool immediateFeedback(const content::Quiz& quiz) {
    return quiz.feedbackMode == content::FeedbackMode::Immediate;
}

bool answered(const sync::QuizAttempt& attempt, const std::string& questionId) {
    auto it = attempt.responses.find(questionId);
    return it != attempt.responses.end() && !it->second.empty();
}

} // namespace

const content::Quiz* Controller::openQuiz() const {
    const content::Course* course = state_.quizCourse();
    return course ? course->findQuiz(state_.quiz.quizId) : nullptr;
}

void Controller::on(const intent::StartQuiz& i) {
    const content::Course* course = state_.openCourse();
    const content::Quiz* quiz = course ? course->findQuiz(i.quizId) : nullptr;
    if (!quiz || !state_.learner) return;
    if (state_.quiz.quizId == i.quizId && (state_.quiz.running || state_.quiz.starting)) {
        state_.screen = Screen::Quiz;
        return;
    }
    state_.quiz = QuizPage{};
    state_.quiz.quizId = i.quizId;
    state_.quiz.starting = true;
    state_.screen = Screen::Quiz;
    // Starting writes an "attempted" statement, so it is a write like an answer.
    struct Started {
        Expected<sync::QuizAttempt, sync::AttemptAllowance> attempt;
        std::shared_ptr<const content::Course> startedOn; // set when resumed on an older version
    };
    save<Started>(
        [learner = *state_.learner, course = *course, quiz = *quiz, homePage = state_.settings.homePage,
         dataDir = worker_.dataDir()](sync::RecordsStore& store) {
            Started s{sync::Recorder(store, homePage).startIfAllowed(learner, course, quiz), nullptr};
            // An attempt begun before an upgrade finishes on its own version, while
            // the kiosk still keeps it; otherwise on the installed one, where its
            // answers carry over for the questions whose ids still exist.
            if (s.attempt && !s.attempt->courseVersion.empty() && s.attempt->courseVersion != course.version)
                if (auto older = content::loadCourseVersion(dataDir, course.iri, s.attempt->courseVersion))
                    s.startedOn = std::make_shared<const content::Course>(std::move(*older));
            return s;
        },
        [this, quizId = quiz->id](Started started) {
            if (state_.quiz.quizId != quizId || !state_.quiz.starting) return;
            state_.quiz.starting = false;
            if (!started.attempt) {
                state_.quiz.closed = started.attempt.error();
                return;
            }
            state_.quiz.startedOn = std::move(started.startedOn);
            // The learner may have left while it opened; the attempt waits for them.
            if (state_.screen != Screen::Quiz) return;
            beginQuizClock(std::move(started.attempt.value()));
        },
        [this] { state_.quiz.starting = false; });
}

void Controller::on(const intent::Answer& i) {
    const content::Quiz* quiz = openQuiz();
    QuizPage& page = state_.quiz;
    if (!quiz || !page.running || page.submitting || !page.draw.find(i.questionId)) return;
    // With immediate feedback an answer, once checked, is final: its feedback is on screen.
    if (immediateFeedback(*quiz) && answered(page.attempt, i.questionId)) return;
    page.drafts.erase(i.questionId);
    auto saved = page.attempt.responses.find(i.questionId);
    const std::string before = saved == page.attempt.responses.end() ? std::string() : saved->second;
    if (i.response != before) saveAnswer(i.questionId, i.response);
}

void Controller::on(const intent::Draft& i) {
    const content::Quiz* quiz = openQuiz();
    QuizPage& page = state_.quiz;
    if (!quiz || !page.running || page.submitting || !page.draw.find(i.questionId)) return;
    if (immediateFeedback(*quiz) && answered(page.attempt, i.questionId)) return;
    page.drafts[i.questionId] = i.response;
}

void Controller::saveAnswer(const std::string& questionId, const std::string& response) {
    const content::Course* course = state_.quizCourse();
    const content::Quiz* quiz = openQuiz();
    const content::Question* question = quiz ? quiz->findQuestion(questionId) : nullptr;
    if (!question || !state_.learner) return;
    takeTimeSlice();
    QuizPage& page = state_.quiz;
    page.attempt.currentQuestion = page.index;
    // Shown at once; the status line says "saving" until the worker confirms.
    page.attempt.responses[questionId] = response;
    write([learner = *state_.learner, course = *course, quiz = *quiz, attempt = page.attempt, question = *question,
           response, homePage = state_.settings.homePage](sync::RecordsStore& store) {
        sync::Recorder(store, homePage).answer(learner, course, quiz, attempt, question, response);
    });
}

void Controller::saveDrafts() {
    auto drafts = std::move(state_.quiz.drafts);
    state_.quiz.drafts.clear();
    state_.quiz.lastDraftSaveMs = steadyNow();
    for (const auto& [questionId, response] : drafts) on(intent::Answer{questionId, response});
}

void Controller::on(const intent::GoToQuestion& i) {
    const content::Quiz* quiz = openQuiz();
    QuizPage& page = state_.quiz;
    if (!quiz || !page.running || i.index >= page.draw.questions.size()) return;
    // Typed text is kept when the learner moves on, as a paper would keep it.
    if (!immediateFeedback(*quiz)) saveDrafts();
    page.index = i.index;
    page.reviewing = false;
    saveQuizProgress();
}

void Controller::on(const intent::ReviewQuiz&) {
    const content::Quiz* quiz = openQuiz();
    if (!quiz || !state_.quiz.running) return;
    if (!immediateFeedback(*quiz)) saveDrafts();
    state_.quiz.reviewing = true;
}

void Controller::on(const intent::SubmitQuiz&) { submitQuiz(false); }

} // namespace pelita::kiosk
