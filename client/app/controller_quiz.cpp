// Quiz intents: start or resume an attempt, answer, review, submit.
#include "app/controller.h"

#include <pelita/sync/recorder.h>

namespace pelita::kiosk {

void Controller::on(const intent::StartQuiz& i) {
    const content::Course* course = state_.openCourse();
    const content::Quiz* quiz = course ? course->findQuiz(i.quizId) : nullptr;
    if (!quiz || !state_.learner) return;
    state_.quiz = QuizPage{};
    state_.quiz.quizId = i.quizId;
    state_.quiz.starting = true;
    state_.screen = Screen::Quiz;
    // Starting writes an "attempted" statement, so it counts as a write.
    ++state_.unsavedWrites;
    worker_.post(
        [this, learner = *state_.learner, course = *course, quiz = *quiz,
         homePage = state_.settings.homePage](sync::RecordsStore& store) {
            auto attempt = sync::Recorder(store, homePage).startOrResumeAttempt(learner, course, quiz);
            const std::size_t outbox = store.pendingCount();
            queue_.post([this, attempt, outbox, questions = quiz.questions] {
                --state_.unsavedWrites;
                state_.savedSomething = true;
                state_.sync.queueLength = outbox;
                if (state_.quiz.quizId != attempt.quizId) return;
                state_.quiz.attempt = attempt;
                state_.quiz.starting = false;
                // Resume at the first question not yet answered.
                state_.quiz.index = 0;
                while (state_.quiz.index + 1 < questions.size() &&
                       attempt.responses.count(questions[state_.quiz.index].id))
                    ++state_.quiz.index;
            });
        },
        failWith("notice.save_failed", true));
}

void Controller::on(const intent::Choose& i) {
    const content::Course* course = state_.openCourse();
    const content::Quiz* quiz = course ? course->findQuiz(state_.quiz.quizId) : nullptr;
    if (!quiz || !state_.learner || state_.quiz.starting || state_.quiz.submitting) return;
    const content::Question* question = nullptr;
    for (const auto& q : quiz->questions)
        if (q.id == i.questionId) question = &q;
    if (!question) return;
    // Shown at once; the status line says "saving" until the worker confirms.
    state_.quiz.attempt.responses[i.questionId] = i.optionId;
    write([learner = *state_.learner, course = *course, quiz = *quiz, attempt = state_.quiz.attempt,
           question = *question, option = i.optionId, homePage = state_.settings.homePage](sync::RecordsStore& store) {
        sync::Recorder(store, homePage).answer(learner, course, quiz, attempt, question, option);
    });
}

void Controller::on(const intent::GoToQuestion& i) {
    const content::Course* course = state_.openCourse();
    const content::Quiz* quiz = course ? course->findQuiz(state_.quiz.quizId) : nullptr;
    if (!quiz || i.index >= quiz->questions.size()) return;
    state_.quiz.index = i.index;
    state_.quiz.reviewing = false;
}

void Controller::on(const intent::ReviewQuiz&) { state_.quiz.reviewing = true; }

void Controller::on(const intent::SubmitQuiz&) {
    const content::Course* course = state_.openCourse();
    const content::Quiz* quiz = course ? course->findQuiz(state_.quiz.quizId) : nullptr;
    if (!quiz || !state_.learner || state_.quiz.submitting || state_.quiz.starting) return;
    state_.quiz.submitting = true;
    ++state_.unsavedWrites;
    // Queued behind the answers, so the score counts every one of them.
    worker_.post(
        [this, learner = *state_.learner, course = *course, quiz = *quiz, attemptId = state_.quiz.attempt.id,
         homePage = state_.settings.homePage](sync::RecordsStore& store) {
            const content::Score score = sync::Recorder(store, homePage).submit(learner, course, quiz, attemptId);
            auto attempts = store.submittedAttempts(learner.nip, course.iri);
            auto stored = store.attempt(attemptId);
            const std::size_t outbox = store.pendingCount();
            queue_.post([this, score, attempts = std::move(attempts), stored, outbox, quizId = quiz.id] {
                --state_.unsavedWrites;
                state_.savedSomething = true;
                state_.sync.queueLength = outbox;
                state_.attempts = attempts;
                state_.quiz.submitting = false;
                state_.result = ResultPage{quizId, score, stored ? stored->responses : state_.quiz.attempt.responses};
                state_.screen = Screen::Result;
                if (hooks_.syncNow) hooks_.syncNow();
            });
        },
        [this](const std::string& message) {
            --state_.unsavedWrites;
            state_.quiz.submitting = false;
            showError("notice.save_failed", message);
        });
}

} // namespace pelita::kiosk
