#pragma once
// PullPass: what a kiosk fetches after its results are sent: the roster of its OPD
// (roster_pull.h), its mandatory courses (assignments_pull.h), the course catalogue,
// and the packages to download. Updates of installed courses and mandatory courses
// download by themselves; another new course once the trainer asked for it ("Unduh":
// askForCourse). Each package is downloaded with resume
// (package_download.h), under the kiosk's bandwidth cap, then installed exactly as
// `pelita import` installs it (trusted keys, atomic swap; progress stays with the
// course IRI in records.db).
//
// Results first: while a package downloads, `shouldYield` is asked after each chunk
// that arrives; when it says yes, the transfer stops at once, the partial file stays,
// and the pass returns Yielded. The engine then sends the results and starts the
// next pull, which resumes the download from the partial file with an HTTP Range.
//
// Threads: the caller's, with the caller's store and transport (the engine's thread).
#include <pelita/sync/catalogue_status.h>
#include <pelita/sync/records_store.h>
#include <pelita/sync/transport.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace pelita::sync {

enum class PullOutcome {
    Done,          // roster and catalogue read, every queued download settled
    Yielded,       // a download paused for results waiting to be sent
    NoConnection,  // the link dropped; partial downloads are kept
    Failed,        // the catalogue could not be read (see CatalogueStatus::error)
};

struct PullHooks {
    std::function<bool()> shouldYield;                         // see above; null = never
    std::function<void(const CatalogueStatus&)> onChange;      // after each visible change
    // After a Yielded pass: go on with the downloads in `status` without reading the
    // roster and catalogue again, which a link busy with answers need not pay for.
    bool downloadsOnly = false;
};

// `status` carries over from the last pass: a download that failed for a reason a
// retry would not mend (damaged, refused) stays Failed until askForCourse again.
PullOutcome runPullPass(RecordsStore& store, Transport& transport, const std::filesystem::path& dataDir,
                        CatalogueStatus& status, const PullHooks& hooks = {});

// The new courses the trainer asked for, kept in the settings table
// ("downloads.asked", one IRI a line) so that a restart carries on with them.
std::vector<std::string> coursesAskedFor(const RecordsStore& store);
void askForCourse(RecordsStore& store, const std::string& courseIri);
void forgetCourseAsked(RecordsStore& store, const std::string& courseIri);

// Where downloads are kept: <dataDir>/downloads (<sha256>.part while incomplete).
std::filesystem::path downloadsFolder(const std::filesystem::path& dataDir);

} // namespace pelita::sync
