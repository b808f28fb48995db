#include <pelita/sync/recorder.h>
#include <pelita/content/quiz_attempt.h>
#include <pelita/sync/clock.h>
#include <pelita/sync/statements.h>
#include <pelita/sync/uuid.h>

#include <stdexcept>

namespace pelita::sync {

int AttemptAllowance::remaining() const {
    if (passed) return 0;
    if (maxAttempts <= 0) return -1;
    return used >= maxAttempts ? 0 : maxAttempts - used;
}

AttemptAllowance attemptAllowance(const content::Quiz& quiz, const std::vector<QuizAttempt>& submitted) {
    AttemptAllowance a;
    a.maxAttempts = quiz.maxAttempts;
    for (const auto& attempt : submitted) {
        if (attempt.quizId != quiz.id || !attempt.score) continue;
        ++a.used;
        a.passed = a.passed || attempt.score->passed;
    }
    return a;
}

Recorder::Recorder(RecordsStore& store, std::string homePage) : store_(store), homePage_(std::move(homePage)) {}

void Recorder::completeLesson(const Learner& learner, const content::Course& course, const content::Lesson& lesson) {
    auto who = xapi::actor(learner, homePage_);
    store_.completeLesson(learner.nip, course.iri, lesson.id, {xapi::lessonCompleted(who, course, lesson)});
}

QuizAttempt Recorder::startOrResumeAttempt(const Learner& learner, const content::Course& course,
                                           const content::Quiz& quiz) {
    if (auto open = store_.openAttempt(learner.nip, course.iri, quiz.id)) return *open;
    // The attempt id is the statements' registration, so it is made here, before both.
    std::string attemptId = newUuid();
    auto who = xapi::actor(learner, homePage_);
    return store_.startAttempt(attemptId, learner.nip, course.iri, quiz.id,
                               {xapi::quizAttempted(who, course, quiz, attemptId)}, course.version);
}

Expected<QuizAttempt, AttemptAllowance> Recorder::startIfAllowed(const Learner& learner,
                                                                 const content::Course& course,
                                                                 const content::Quiz& quiz) {
    if (auto open = store_.openAttempt(learner.nip, course.iri, quiz.id)) return *open;
    const AttemptAllowance allowance = attemptAllowance(quiz, store_.submittedAttempts(learner.nip, course.iri));
    if (!allowance.mayStart()) return unexpected(allowance);
    return startOrResumeAttempt(learner, course, quiz);
}

void Recorder::answer(const Learner& learner, const content::Course& course, const content::Quiz& quiz,
                      const QuizAttempt& attempt, const content::Question& question, const std::string& response) {
    bool correct = content::isCorrect(question, response);
    auto who = xapi::actor(learner, homePage_);
    store_.recordAnswer(attempt.id, question.id, response, correct, {attempt.elapsedMs, attempt.currentQuestion},
                        {xapi::questionAnswered(who, course, quiz, question, attempt.id, response, correct)});
}

content::Score Recorder::submit(const Learner& learner, const content::Course& course, const content::Quiz& quiz,
                                const std::string& attemptId) {
    auto attempt = store_.attempt(attemptId);
    if (!attempt) throw std::runtime_error("this quiz attempt does not exist");
    if (attempt->score) throw std::runtime_error("this quiz attempt is already submitted");
    const content::AttemptDraw draw = content::drawAttempt(quiz, attempt->seed);
    content::Score score = content::scoreQuestions(quiz, draw.questionIds(), attempt->responses);
    // The time on screen is the attempt's duration. Attempts that never saved any
    // (older kiosks, or none) fall back to the wall clock, the only measure they have.
    std::int64_t duration = attempt->elapsedMs > 0 ? attempt->elapsedMs : nowMs() - attempt->startedAtMs;
    auto who = xapi::actor(learner, homePage_);
    store_.submitAttempt(attemptId, score,
                         {xapi::quizCompleted(who, course, quiz, attemptId, score, duration),
                          xapi::quizJudged(who, course, quiz, attemptId, score, duration)});
    return score;
}

} // namespace pelita::sync
