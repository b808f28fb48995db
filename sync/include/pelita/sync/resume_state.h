#pragma once
// ResumeState: one learner's place in one course, as kiosks share it through the
// xAPI State API (resume_state_exchange.h; docs/sync.md "Resume state"), and the
// rule that merges two of them. Pure functions, any thread.
//
// The document, version 1 (JSON object; extra top-level properties are ignored):
//   {"v": 1,
//    "completedLessons": {"<lesson id>": <first completion, Unix ms>},
//    "readingPlaces":    {"<lesson id>": {"position": <block.fraction>, "at": <Unix ms>}},
//    "quizzesInProgress": [{"attempt": "<uuid>", "quiz": "<quiz id>",
//                           "kiosk": "<owner's credential key>", "startedAt": <Unix ms>}],
//    "submittedQuizzes":  [{"attempt": "<uuid>", "quiz": "<quiz id>", "kiosk": "<key>",
//                           "startedAt": <Unix ms>, "submittedAt": <Unix ms>,
//                           "score": {"raw": r, "min": m, "max": M, "scaled": s}, "passed": true}]}
// The newest reading place is the course's "Lanjutkan". submittedQuizzes came after
// the first kiosks shipped: a document without it has none, and a kiosk that does
// not know it ignores it (extra properties are ignored), so the version stays 1.
#include <pelita/content/expected.h>
#include <pelita/sync/records_store.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace pelita::sync {

inline constexpr int kResumeStateVersion = 1;

// A quiz attempt begun and not yet submitted, on the kiosk that owns it.
struct QuizInProgress {
    std::string attemptId;
    std::string quizId;
    std::string kioskId;        // the credential key of the kiosk where it started
    std::int64_t startedAtMs = 0;
    bool operator==(const QuizInProgress&) const = default;
};

// A quiz attempt submitted on the kiosk `kioskId`, with its score.
struct QuizSubmitted {
    std::string attemptId;
    std::string quizId;
    std::string kioskId;        // the credential key of the kiosk where it was taken
    std::int64_t startedAtMs = 0;
    std::int64_t submittedAtMs = 0;
    double raw = 0, min = 0, max = 0, scaled = 0;
    bool passed = false;
    bool operator==(const QuizSubmitted&) const = default;
};

struct ResumeState {
    std::map<std::string, std::int64_t> completedLessons;   // lesson id -> first completion
    std::map<std::string, ReadingPlace> readingPlaces;      // lesson id -> place (lessonId repeated)
    std::vector<QuizInProgress> quizzesInProgress;          // by attempt id
    std::vector<QuizSubmitted> submittedQuizzes;            // by attempt id
    bool operator==(const ResumeState& o) const;
};

// Reads a document from the server. The error says why it is not one this kiosk can
// merge (not JSON, another version, a field of the wrong kind), naming the field.
Expected<ResumeState, std::string> parseResumeState(const std::string& body);
std::string resumeStateJson(const ResumeState& state);

// What merging the server's document into this kiosk's records gives.
struct ResumeMerge {
    ResumeState document;   // what both sides should hold afterwards: send it back
    // Not yet in the kiosk's records, or recorded there later than the document says.
    std::map<std::string, std::int64_t> lessonsToComplete;
    std::vector<ReadingPlace> placesToSave;  // newer than the kiosk's own for that lesson
    std::vector<QuizSubmitted> attemptsToTakeIn; // submitted on another kiosk, not yet in the records
    bool changesLocal() const { return !lessonsToComplete.empty() || !placesToSave.empty() || !attemptsToTakeIn.empty(); }
};

// The merge rule. `local` is this kiosk's records (its quizzes in progress are all
// its own), `remote` the server's document, `kioskId` this kiosk's credential key.
// - Progress only moves forward: a completed lesson stays completed, with the
//   earliest completion time either side knows.
// - Per lesson, the newer reading place wins (the later save; on a tie, the place
//   further on). Times are the kiosks' clocks.
// - A quiz in progress belongs to the kiosk where it started: another kiosk's entries
//   are kept exactly as the server has them (never taken over, never dropped); this
//   kiosk's entries are its open attempts now, so a submitted one leaves the document.
// - A submitted attempt is kept for good, from whichever kiosk took it: the document
//   holds every one either side knows, and the kiosk takes in those it lacks (with
//   their scores, so a quiz passed at one office is passed at the next).
ResumeMerge mergeResumeState(const ResumeState& local, const ResumeState& remote, const std::string& kioskId);

} // namespace pelita::sync
