#pragma once
// Recorder: turns what a learner does into stored records plus the xAPI statements
// they produce, written together in one transaction of the RecordsStore.
//
// Threads: as its RecordsStore (one thread). Write failures throw std::runtime_error
// with a plain message; the caller's worker turns that into UI state.
#include <pelita/content/course.h>
#include <pelita/sync/records_store.h>

#include <string>

namespace pelita::sync {

class Recorder {
public:
    // `homePage` is the deployment's URL, the xAPI account homePage of every learner.
    Recorder(RecordsStore& store, std::string homePage);

    // Lesson finished: progress row + "completed" statement for the lesson.
    void completeLesson(const Learner& learner, const content::Course& course, const content::Lesson& lesson);

    // Returns the open attempt at this quiz if there is one, else starts a new one
    // (with an "attempted" statement).
    QuizAttempt startOrResumeAttempt(const Learner& learner, const content::Course& course,
                                     const content::Quiz& quiz);

    // One answer: answer row + attempt + "answered" statement (cmi.interaction, choice).
    void answer(const Learner& learner, const content::Course& course, const content::Quiz& quiz,
                const QuizAttempt& attempt, const content::Question& question, const std::string& optionId);

    // Submit: scores the stored answers, closes the attempt, and appends "completed"
    // and "passed" or "failed" statements carrying the score and duration.
    content::Score submit(const Learner& learner, const content::Course& course, const content::Quiz& quiz,
                          const std::string& attemptId);

private:
    RecordsStore& store_;
    std::string homePage_;
};

} // namespace pelita::sync
