#pragma once
// What trainer mode's tabs show beyond the PIN list (TrainerPage in app_state.h):
// the results table, the sync panel's quarantine, a course import in progress,
// and the trusted publisher keys. Plain values; only the Controller changes them.
#include "app/course_import.h"
#include "app/learner_results.h"

#include <pelita/sync/records_store.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pelita::kiosk {

// Where a trainer's file goes to or comes from when it asked for "USB" and more
// than one stick (or folder) is there: the view offers `choices` for `task`.
enum class UsbTask { None, ResultsCsv, RecordsBundle, Receipt, Courses, TrustedKey };

struct UsbChoice {
    UsbTask task = UsbTask::None;
    std::vector<std::string> choices;
};

// The outcome of a tab's last action, shown in the tab: a translation key with
// its {placeholders}' values.
struct TabMessage {
    std::string key;
    std::map<std::string, std::string> values;
    bool error = false;
};

struct ResultsTab {
    bool loading = false;
    std::vector<LearnerResult> rows;      // every learner x installed course
    std::optional<TabMessage> message;     // the CSV export's outcome
};

struct SyncTab {
    bool loading = false;
    bool busy = false;                     // exporting, importing a receipt or releasing
    std::vector<sync::QuarantinedStatement> quarantine;
    std::optional<TabMessage> message;     // of the last export, receipt or release
};

struct CourseImportTab {
    bool running = false;
    ImportProgress progress;
    std::vector<PackageImported> results;  // of the last import, in order
    bool nothingFound = false;             // the last import found no package there
};

struct TrustedKey {
    std::string file;                      // its file name in <data>/trusted-keys
    std::string name, keyId;
};

struct KeysTab {
    bool loading = false;
    std::vector<TrustedKey> keys;
    std::vector<std::string> problems;     // .pub files that are not keys
    std::vector<std::string> offered;      // .pub files found on USB, to trust
    std::optional<TabMessage> message;
};

} // namespace pelita::kiosk
