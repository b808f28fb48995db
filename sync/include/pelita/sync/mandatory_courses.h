#pragma once
// Which mandatory (Wajib) courses a learner must take, and the order of the
// learner's home list: their Wajib courses first, then the other installed courses.
// Pure functions; any thread.
#include <pelita/content/course.h>
#include <pelita/sync/records_store.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pelita::sync {

struct CalendarDate {
    int year = 0, month = 0, day = 0;
};

// A real calendar date written YYYY-MM-DD (2026-02-29 is not one), else nothing.
// Today's, to compare due dates with: localIsoDate(nowMs()) (clock.h).
std::optional<CalendarDate> parseIsoDate(const std::string& text);

// Names as people type them: equal ignoring case (ASCII) and spaces at either end.
bool sameName(const std::string& a, const std::string& b);
// The learner's OPD: the roster's, else the "OPD / unit kerja" they enrolled with.
const std::string& learnerOpd(const Learner& learner);
// Whether `assignment` applies to `learner`: its OPD is empty or theirs, and its
// position is empty or theirs (sameName).
bool assignmentApplies(const Assignment& assignment, const Learner& learner);

enum class WajibState {
    NotMandatory, // an installed course no assignment asks this learner for
    Due,          // mandatory, not passed, the due date not past
    Overdue,      // mandatory, not passed, past the due date ("Terlambat")
    Passed,       // mandatory and passed (Lulus): no warning
};

struct HomeCourse {
    std::string iri;
    const content::Course* course = nullptr; // into `installed`; null: assigned, not on this kiosk yet
    std::optional<Assignment> wajib;         // the applying assignment with the earliest due date
    WajibState state = WajibState::NotMandatory;
};

// The home list: the learner's mandatory courses first (not passed, by due date;
// then passed ones), installed or not, then the other installed courses in their
// order. `passed` holds the IRIs of the courses the learner passed; `today` is
// YYYY-MM-DD, and a course due today is not yet late.
std::vector<HomeCourse> homeCourses(const std::vector<content::Course>& installed,
                                    const std::vector<Assignment>& assignments, const Learner& learner,
                                    const std::set<std::string>& passed, const std::string& today);

} // namespace pelita::sync
