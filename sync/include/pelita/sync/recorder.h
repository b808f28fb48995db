#pragma once
// Recorder: turns what a learner does into stored records plus the xAPI statements
// they produce, written together in one transaction of the RecordsStore.
//
// Threads: as its RecordsStore (one thread). Write failures throw std::runtime_error
// with a plain message; the caller's worker turns that into UI state.
#include <pelita/content/course.h>
#include <pelita/sync/records_store.h>

#include <string>
#include <vector>

namespace pelita::sync {

// How many attempts a learner has had at a quiz, and whether another may start.
// A pass ends the retakes; after a fail the learner retakes (remedial) while
// attempts remain. Quiz::maxAttempts 0 means no limit.
struct AttemptAllowance {
    int used = 0;        // submitted attempts at this quiz
    int maxAttempts = 0; // the quiz's limit, 0 = none
    bool passed = false; // some submitted attempt passed

    // Attempts still open to the learner: -1 when unlimited, 0 when passed or used up.
    int remaining() const;
    bool mayStart() const { return remaining() != 0; }
};

// `submitted` may hold attempts at other quizzes (e.g. the course's); they are skipped.
AttemptAllowance attemptAllowance(const content::Quiz& quiz, const std::vector<QuizAttempt>& submitted);

class Recorder {
public:
    // `homePage` is the deployment's URL, the xAPI account homePage of every learner.
    Recorder(RecordsStore& store, std::string homePage);

    // Lesson finished: progress row + "completed" statement for the lesson.
    void completeLesson(const Learner& learner, const content::Course& course, const content::Lesson& lesson);

    // Returns the open attempt at this quiz if there is one, else starts a new one
    // (with an "attempted" statement).
    // It does not look at the attempt limit; the kiosk uses startIfAllowed().
    QuizAttempt startOrResumeAttempt(const Learner& learner, const content::Course& course,
                                     const content::Quiz& quiz);

    // Resumes the open attempt, or starts one when attemptAllowance() permits it;
    // otherwise writes nothing and returns the allowance that says why not.
    Expected<QuizAttempt, AttemptAllowance> startIfAllowed(const Learner& learner, const content::Course& course,
                                                           const content::Quiz& quiz);

    // One answer of any type: answer row + "answered" statement (cmi.interaction),
    // saving attempt.elapsedMs and attempt.currentQuestion as its progress.
    // `response` is in content/quiz_response.h's form.
    void answer(const Learner& learner, const content::Course& course, const content::Quiz& quiz,
                const QuizAttempt& attempt, const content::Question& question, const std::string& response);

    // Submit: scores the stored answers to the attempt's draw (drawAttempt with its
    // seed), closes the attempt, and appends "completed" and "passed" or "failed"
    // statements carrying the score and the saved elapsed time as duration.
    content::Score submit(const Learner& learner, const content::Course& course, const content::Quiz& quiz,
                          const std::string& attemptId);

private:
    RecordsStore& store_;
    std::string homePage_;
};

} // namespace pelita::sync
