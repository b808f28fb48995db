// Quiz time and the end of an attempt: the steady-clock slices that add up to the
// attempt's persisted elapsed time, periodic progress saves, the time limit, submit.
#include "app/controller.h"

#include <pelita/content/quiz_attempt.h>
#include <pelita/sync/recorder.h>

#include <algorithm>
#include <chrono>
#include <set>

namespace pelita::kiosk {

namespace {

// Time and position are saved this often while a quiz is on screen, so a power
// cut takes at most this much of the learner's time with it (never gives it).
constexpr std::int64_t kProgressSaveMs = 5'000;
// Typed answers are saved at least this often even without leaving the question:
// each save is an xAPI "answered" statement, so not on every keystroke.
constexpr std::int64_t kDraftSaveMs = 30'000;
// With a time limit the countdown on screen moves once a second.
constexpr int kCountdownTickMs = 1'000;

// Lessons behind the questions not fully right, in course order.
std::vector<std::string> lessonsToReview(const content::Course& course, const content::Quiz& quiz,
                                         const std::vector<std::string>& questionIds,
                                         const std::map<std::string, std::string>& responses) {
    std::set<std::string> missed;
    for (const auto& id : questionIds) {
        const content::Question* q = quiz.findQuestion(id);
        if (!q || !q->isScored() || q->needsReview() || q->lessonId.empty()) continue;
        auto it = responses.find(id);
        const auto outcome = content::scoreQuestion(*q, it == responses.end() ? "" : it->second).outcome;
        if (outcome != content::Outcome::Right) missed.insert(q->lessonId);
    }
    std::vector<std::string> out;
    for (const auto& m : course.modules)
        for (const auto& l : m.lessons)
            if (missed.count(l.id)) out.push_back(l.id);
    return out;
}

} // namespace

std::int64_t Controller::steadyNow() const {
    if (hooks_.steadyNowMs) return hooks_.steadyNowMs();
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void Controller::beginQuizClock(sync::QuizAttempt attempt) {
    const content::Quiz* quiz = openQuiz();
    if (!quiz) return;
    QuizPage& page = state_.quiz;
    page.draw = content::drawAttempt(*quiz, attempt.seed);
    page.attempt = std::move(attempt);
    if (page.draw.questions.empty()) return;
    // Back at the question the learner was on when the attempt was last saved.
    page.index = std::min(page.attempt.currentQuestion, page.draw.questions.size() - 1);
    page.running = true;
    page.sliceStartMs = steadyNow();
    page.lastDraftSaveMs = page.sliceStartMs;
    page.elapsedMs = page.attempt.elapsedMs;
    // Resumed after the limit ran out (the power failed in the last seconds).
    if (auto left = content::remainingMs(*quiz, page.elapsedMs); left && *left == 0) submitQuiz(true);
}

void Controller::takeTimeSlice() {
    QuizPage& page = state_.quiz;
    if (!page.running) return;
    const std::int64_t now = steadyNow();
    page.attempt.elapsedMs = content::elapsedAfter(page.attempt.elapsedMs, page.sliceStartMs, now);
    page.sliceStartMs = now;
    page.elapsedMs = page.attempt.elapsedMs;
}

void Controller::saveQuizProgress() {
    QuizPage& page = state_.quiz;
    if (!page.running) return;
    takeTimeSlice();
    page.attempt.currentQuestion = page.index;
    const sync::AttemptProgress progress{page.attempt.elapsedMs, page.index};
    write([id = page.attempt.id, progress](sync::RecordsStore& store) { store.saveProgress(id, progress); });
}

int Controller::quizTickPeriodMs() const {
    const QuizPage& page = state_.quiz;
    const content::Quiz* quiz = openQuiz();
    if (!quiz || !page.running || page.submitting || state_.screen != Screen::Quiz) return 0;
    return quiz->timeLimitSeconds > 0 ? kCountdownTickMs : static_cast<int>(kProgressSaveMs);
}

void Controller::tickQuiz() {
    QuizPage& page = state_.quiz;
    const content::Quiz* quiz = openQuiz();
    if (!quiz || !page.running || page.submitting) return;
    const std::int64_t now = steadyNow();
    page.elapsedMs = content::elapsedAfter(page.attempt.elapsedMs, page.sliceStartMs, now);
    if (auto left = content::remainingMs(*quiz, page.elapsedMs); left && *left == 0) return submitQuiz(true);
    const bool afterSubmit = quiz->feedbackMode == content::FeedbackMode::AfterSubmit;
    if (afterSubmit && !page.drafts.empty() && now - page.lastDraftSaveMs >= kDraftSaveMs) saveDrafts();
    if (page.elapsedMs - page.attempt.elapsedMs >= kProgressSaveMs) saveQuizProgress();
}

void Controller::quizLeftScreen() {
    QuizPage& page = state_.quiz;
    const content::Quiz* quiz = openQuiz();
    if (!quiz || !page.running || page.submitting) return;
    if (quiz->feedbackMode == content::FeedbackMode::AfterSubmit && state_.learner) saveDrafts();
    saveQuizProgress();
    page.running = false; // StartQuiz resumes it, with a new slice
}

void Controller::submitQuiz(bool timeUp) {
    const content::Course* course = state_.quizCourse();
    const content::Quiz* quiz = openQuiz();
    QuizPage& page = state_.quiz;
    if (!quiz || !state_.learner || !page.running || page.submitting || page.starting) return;
    // Queued before the submit, so the score counts every answer.
    saveDrafts();
    takeTimeSlice();
    // Time up: the attempt took exactly its limit, whatever the tick's lateness.
    if (timeUp) page.attempt.elapsedMs = std::min<std::int64_t>(page.attempt.elapsedMs, quiz->timeLimitSeconds * 1000LL);
    saveQuizProgress();
    page.running = false;
    page.submitting = true;
    struct Submitted {
        content::Score score;
        std::vector<sync::QuizAttempt> attempts;
        std::optional<sync::QuizAttempt> stored;
    };
    // Queued behind the answers, so the score counts every one of them.
    save<Submitted>(
        [learner = *state_.learner, course = *course, quiz = *quiz, attemptId = page.attempt.id,
         homePage = state_.settings.homePage](sync::RecordsStore& store) {
            const content::Score score = sync::Recorder(store, homePage).submit(learner, course, quiz, attemptId);
            return Submitted{score, store.submittedAttempts(learner.nip, course.iri), store.attempt(attemptId)};
        },
        [this, timeUp](Submitted s) {
            const content::Course* shownCourse = state_.quizCourse();
            const content::Quiz* shownQuiz = openQuiz();
            state_.attempts = std::move(s.attempts);
            state_.quiz.submitting = false;
            ResultPage result;
            result.quizId = state_.quiz.quizId;
            result.score = s.score;
            result.responses = s.stored ? s.stored->responses : state_.quiz.attempt.responses;
            result.questionIds = state_.quiz.draw.questionIds();
            result.timeUp = timeUp;
            if (shownQuiz) result.allowance = sync::attemptAllowance(*shownQuiz, state_.attempts);
            if (shownCourse && shownQuiz)
                result.reviewLessons = lessonsToReview(*shownCourse, *shownQuiz, result.questionIds, result.responses);
            state_.result = std::move(result);
            state_.screen = Screen::Result;
            if (s.score.passed) issueCertificateIfPassed();
            if (hooks_.syncNow) hooks_.syncNow();
        },
        [this] {
            state_.quiz.submitting = false;
            state_.quiz.running = true;
            state_.quiz.sliceStartMs = steadyNow();
        });
}

} // namespace pelita::kiosk
