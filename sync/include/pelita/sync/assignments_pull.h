#pragma once
// Assignments pull: the mandatory (Wajib) courses of this kiosk's OPD and those for
// every OPD (GET /pelita/v1/assignments, kiosk credential; docs/protocol.md), kept
// in records.db. A successful pull replaces the kiosk's whole set, so a course the
// admin unassigned disappears; a failed pull leaves the last set as it was.
// Positions are not filtered here: the home screen matches them per learner
// (mandatory_courses.h).
//
// Threads: the caller's, with the caller's store and transport.
#include <pelita/content/expected.h>
#include <pelita/sync/catalogue_status.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/records_store.h>
#include <pelita/sync/transport.h>

#include <string>
#include <vector>

namespace pelita::sync {

// Reads the body ({"assignments": [{"id", "course", "title", "opd", "position",
// "due"}]}). The error names the entry and field that is wrong.
Expected<std::vector<Assignment>, std::string> parseAssignments(const std::string& body);

struct AssignmentsReport {
    RosterOutcome outcome = RosterOutcome::NotTried; // the same four outcomes as the roster's
    std::size_t assignments = 0;                     // in the kiosk's set after the pull
    bool changed = false;                            // the set differs from the one before
    std::string error;                               // English detail unless Pulled
};

// Never throws: a store failure comes back as Failed with its message.
AssignmentsReport pullAssignments(RecordsStore& store, Transport& transport, const KioskSettings& settings);

} // namespace pelita::sync
