#pragma once
// The trainer's results table: every learner against every installed course, with
// status, best score, JP and last activity; the filters by OPD and course, the
// sort, and the CSV a trainer takes away on USB.
//
// Threads: collectResults() on the records worker (it reads the store); the rest
// are pure and run anywhere.
#include "app/i18n.h"

#include <pelita/content/course.h>
#include <pelita/sync/records_store.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pelita::kiosk {

enum class ResultStatus {
    NotStarted,   // nothing read, no quiz taken
    InProgress,   // lessons read or a quiz started, nothing failed yet
    Remedial,     // a quiz submitted and failed, course not passed: needs remedial study
    Passed,       // every requirement met (sync/jp.h coursePassedAt)
};

struct LearnerResult {
    std::string nip, name, unit;
    std::string courseIri, courseTitle;  // title in the kiosk's language
    ResultStatus status = ResultStatus::NotStarted;
    std::optional<double> bestScore;     // best scaled score (0..1) of any submitted attempt
    double jp = 0;                       // the course's JP once passed, else 0
    std::int64_t lastActivityMs = 0;     // Unix ms of the last lesson, attempt or reading; 0 = none
};

// One row per learner and installed course, learners in the store's order.
std::vector<LearnerResult> collectResults(const sync::RecordsStore& store, const std::vector<content::Course>& courses,
                                          const std::string& language);

enum class ResultColumn { Nip, Name, Unit, Course, Status, Score, Jp, LastActivity };
inline constexpr int kResultColumns = 8;

// Empty filter fields let everything through.
struct ResultsView {
    std::string unit;       // OPD / unit kerja, exactly as enrolled
    std::string courseIri;
    ResultColumn sortBy = ResultColumn::Name;
    bool descending = false;
};

// The rows that pass the filters, sorted (stable: ties keep their order).
std::vector<LearnerResult> visibleResults(const std::vector<LearnerResult>& rows, const ResultsView& view);

// The distinct OPD / units and courses among the rows, sorted, for the filter lists.
std::vector<std::string> unitsOf(const std::vector<LearnerResult>& rows);
std::vector<std::pair<std::string, std::string>> coursesOf(const std::vector<LearnerResult>& rows); // iri, title

// The UI string key of a status ("results.status_passed", ...), for the table and the CSV.
const char* statusKey(ResultStatus status);

// The table as CSV: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting. Headers
// and statuses in the kiosk's language, as the trainer saw them on screen (`words`:
// the table's headings, results.csv_* and results.status_*); scores in percent, dates as
// DD-MM-YYYY HH:MM local time. A text field that a spreadsheet would run as a
// formula (=, +, -, @ first) gets a leading apostrophe.
std::string resultsCsv(const std::vector<LearnerResult>& rows, const Translator& words);
std::string resultsFileName(std::int64_t nowMs);   // "hasil-peserta-YYYYMMDD-HHMM.csv"

// A CSV field safe from formula injection, then quoted as RFC 4180 needs.
std::string csvTextField(const std::string& value);

} // namespace pelita::kiosk
