// Quiz intents: start or resume an attempt, answer, review, submit.
#include "app/controller.h"

#include <pelita/sync/recorder.h>

#include <optional>
#include <vector>

namespace pelita::kiosk {

void Controller::on(const intent::StartQuiz& i) {
    const content::Course* course = state_.openCourse();
    const content::Quiz* quiz = course ? course->findQuiz(i.quizId) : nullptr;
    if (!quiz || !state_.learner) return;
    state_.quiz = QuizPage{};
    state_.quiz.quizId = i.quizId;
    state_.quiz.starting = true;
    state_.screen = Screen::Quiz;
    // Starting writes an "attempted" statement, so it is a write like an answer.
    save<sync::QuizAttempt>(
        [learner = *state_.learner, course = *course, quiz = *quiz,
         homePage = state_.settings.homePage](sync::RecordsStore& store) {
            return sync::Recorder(store, homePage).startOrResumeAttempt(learner, course, quiz);
        },
        [this, questions = quiz->questions](sync::QuizAttempt attempt) {
            if (state_.quiz.quizId != attempt.quizId) return;
            state_.quiz.attempt = attempt;
            state_.quiz.starting = false;
            // Resume at the first question not yet answered.
            state_.quiz.index = 0;
            while (state_.quiz.index + 1 < questions.size() &&
                   attempt.responses.count(questions[state_.quiz.index].id))
                ++state_.quiz.index;
        });
}

void Controller::on(const intent::Choose& i) {
    const content::Course* course = state_.openCourse();
    const content::Quiz* quiz = course ? course->findQuiz(state_.quiz.quizId) : nullptr;
    if (!quiz || !state_.learner || state_.quiz.starting || state_.quiz.submitting) return;
    const content::Question* question = quiz->findQuestion(i.questionId);
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
    struct Submitted {
        content::Score score;
        std::vector<sync::QuizAttempt> attempts;
        std::optional<sync::QuizAttempt> stored;
    };
    // Queued behind the answers, so the score counts every one of them.
    save<Submitted>(
        [learner = *state_.learner, course = *course, quiz = *quiz, attemptId = state_.quiz.attempt.id,
         homePage = state_.settings.homePage](sync::RecordsStore& store) {
            const content::Score score = sync::Recorder(store, homePage).submit(learner, course, quiz, attemptId);
            return Submitted{score, store.submittedAttempts(learner.nip, course.iri), store.attempt(attemptId)};
        },
        [this, quizId = quiz->id](Submitted s) {
            state_.attempts = std::move(s.attempts);
            state_.quiz.submitting = false;
            state_.result = ResultPage{quizId, s.score, s.stored ? s.stored->responses : state_.quiz.attempt.responses};
            state_.screen = Screen::Result;
            if (hooks_.syncNow) hooks_.syncNow();
        },
        [this] { state_.quiz.submitting = false; });
}

} // namespace pelita::kiosk
