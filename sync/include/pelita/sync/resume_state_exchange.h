#pragma once
// The resume-state exchange (docs/protocol.md "Resume state"): for one learner and
// their courses, GET the xAPI State document kResumeStateId (activityId = the course
// IRI, agent = the learner as the kiosk's statements name them), merge it with the
// records (resume_state.h), take the merged progress into records.db, and POST the
// merged document back under If-Match (the ETag read) or If-None-Match: * (none
// was there). POST merges top-level properties, which for Pelita's document replaces
// each one whole, and keeps any property a newer Pelita added. A 412 means another
// kiosk wrote in between: read, merge and write again, up to kResumeWriteTries times.
// A document this kiosk cannot read is left on the server as it is and not merged;
// the problem says why. Local progress is never lost: the merge only adds.
//
// Threads: the caller's, with the caller's store and transport (the engine's thread).
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/records_store.h>
#include <pelita/sync/transport.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pelita::sync {

inline constexpr const char* kResumeStateId = "https://pelita.sawahluntokota.go.id/xapi/state/resume";
// Each try loses only to a kiosk that wrote in the same second; three in a row means
// something keeps writing, and the next sign-in or pass tries again.
inline constexpr int kResumeWriteTries = 3;

struct ResumeReport {
    bool reached = true;           // false: no connection; the rest of the courses were not tried
    std::size_t coursesMerged = 0; // documents read and written back (or already equal)
    bool changedLocal = false;     // records.db took in progress from another kiosk
    std::vector<std::string> problems; // English, one per course not merged: the course IRI and why
};

// Never throws: a store failure becomes a problem of that course.
ResumeReport exchangeResumeState(RecordsStore& store, Transport& transport, const KioskSettings& settings,
                                 const std::string& nip, const std::vector<std::string>& courseIris);

// Progress made on this kiosk since the last exchange (lessons completed, reading
// places, quiz attempts started, answered or submitted after the setting
// resume.sent_through), exchanged learner by learner: what the engine does after a
// pass that emptied the outbox, and what `pelita sync` does after its pass.
struct ChangedResumeReport {
    bool clockStarted = false;      // the first run: nothing sent, earlier progress goes at each learner's next sign-in
    bool reached = true;            // false: the link dropped; all of it goes again next time
    std::size_t learners = 0;       // learners whose courses were exchanged
    std::size_t coursesMerged = 0;
    std::size_t learnersTakenIn = 0; // learners whose records took in progress from another kiosk
    std::vector<std::string> problems; // as ResumeReport's; such a course is not retried until it changes again
};

// Moves resume.sent_through on only when every learner was reached. Throws what the
// store throws (its settings or records could not be read).
ChangedResumeReport exchangeChangedResumeState(RecordsStore& store, Transport& transport,
                                               const KioskSettings& settings);
// Unix ms up to which this kiosk's progress has been exchanged; none before the first run.
std::optional<std::int64_t> resumeSentThrough(const RecordsStore& store);

} // namespace pelita::sync
