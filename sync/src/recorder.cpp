#include <pelita/sync/recorder.h>
#include <pelita/sync/clock.h>
#include <pelita/sync/statements.h>
#include <pelita/sync/uuid.h>

#include <stdexcept>

namespace pelita::sync {

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
                               {xapi::quizAttempted(who, course, quiz, attemptId)});
}

void Recorder::answer(const Learner& learner, const content::Course& course, const content::Quiz& quiz,
                      const QuizAttempt& attempt, const content::Question& question, const std::string& optionId) {
    bool correct = content::isCorrect(question, optionId);
    auto who = xapi::actor(learner, homePage_);
    store_.recordAnswer(attempt.id, question.id, optionId, correct,
                        {xapi::questionAnswered(who, course, quiz, question, attempt.id, optionId, correct)});
}

content::Score Recorder::submit(const Learner& learner, const content::Course& course, const content::Quiz& quiz,
                                const std::string& attemptId) {
    auto attempt = store_.attempt(attemptId);
    if (!attempt) throw std::runtime_error("this quiz attempt does not exist");
    if (attempt->score) throw std::runtime_error("this quiz attempt is already submitted");
    content::Score score = content::scoreQuiz(quiz, attempt->responses);
    std::int64_t duration = nowMs() - attempt->startedAtMs;
    auto who = xapi::actor(learner, homePage_);
    store_.submitAttempt(attemptId, score,
                         {xapi::quizCompleted(who, course, quiz, attemptId, score, duration),
                          xapi::quizJudged(who, course, quiz, attemptId, score, duration)});
    return score;
}

} // namespace pelita::sync
