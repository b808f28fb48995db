#pragma once
// CatalogueStatus: what the server offers this kiosk, how each course download
// stands, and what the last roster pull did, as a plain value inside SyncStatus.
// Codes and numbers only: the kiosk words them (assets/i18n, keys catalogue.*);
// `error` fields carry English detail for logs and the CLI.
#include <pelita/sync/catalogue.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace pelita::sync {

enum class DownloadState {
    Offered,      // a new course, not asked for: the trainer's "Unduh" queues it
    Queued,       // will download when the engine gets to it (updates queue themselves)
    Downloading,  // `done` of the offer's size on disk so far
    Paused,       // stopped for results waiting to be sent, or a dropped link; resumes from `done`
    Verifying,    // all bytes here; size, SHA-256, signature and files being checked
    Installed,    // installed as `pelita import` installs it
    Failed,       // see `problem`; not retried by itself until the trainer asks again
};

enum class DownloadProblem {
    None,
    Link,     // the link dropped; the partial file is kept and the next try resumes
    Server,   // the server refused or does not have the package
    Damaged,  // the bytes are not the package the catalogue lists; deleted
    Disk,     // this kiosk could not save the file (disk full?)
    Refused,  // the installer refused it (not signed by a trusted publisher, bad file)
};

struct CourseDownload {
    CatalogueOffer offer;
    DownloadState state = DownloadState::Offered;
    std::uint64_t done = 0;          // bytes on disk (of offer.entry.size)
    DownloadProblem problem = DownloadProblem::None;
    std::string error;               // English detail of `problem`
};

enum class RosterOutcome {
    NotTried,       // no pull yet in this run
    Pulled,         // the OPD's learners are on this kiosk (new ones added)
    NotRegistered,  // the server wants this kiosk registered to an OPD first (403)
    Failed,         // no connection, or an answer the kiosk could not read
};

struct CatalogueStatus {
    bool fetched = false;            // the catalogue was read at least once in this run
    std::int64_t fetchedAtMs = 0;    // Unix ms of the last read
    std::string error;               // English: why the last read failed; empty when it worked
    // New courses and updates the server offers, in the catalogue's order; a course
    // installed in this run stays listed as Installed.
    std::vector<CourseDownload> courses;
    std::size_t installs = 0;        // courses installed by the engine since it started
    RosterOutcome roster = RosterOutcome::NotTried;
    std::size_t rosterLearners = 0;  // learners on the server's roster for this kiosk's OPD
    std::size_t rosterAdded = 0;     // of them, new on this kiosk in the last pull
    std::string rosterError;
    // The mandatory (Wajib) courses (assignments_pull.h), with the roster's outcomes.
    RosterOutcome assignments = RosterOutcome::NotTried;
    std::size_t assignmentCount = 0;    // in the kiosk's set (the last one kept when a pull fails)
    std::size_t assignmentChanges = 0;  // pulls in this run that changed the set: the home reloads
    std::string assignmentsError;

    const CourseDownload* find(const std::string& iri) const {
        for (const auto& c : courses)
            if (c.offer.entry.iri == iri) return &c;
        return nullptr;
    }
};

// For the kiosk's Katalog view and the CLI: the translation key of a course's
// state ("catalogue.state_*", with {percent} for a download), of its problem
// ("catalogue.problem_*"), and of the roster's outcome ("catalogue.roster_*").
const char* downloadStateKey(const CourseDownload& course);
const char* downloadProblemKey(DownloadProblem problem);
const char* rosterOutcomeKey(RosterOutcome outcome);
// The same for the mandatory courses' pull ("catalogue.assignments_*").
const char* assignmentsOutcomeKey(RosterOutcome outcome);
// A package size as trainers read it: "3.1 MB" (MiB, one decimal), or under
// 1 MiB "48 KB" (KiB, rounded up, so a non-empty file never reads "0").
std::string sizeText(std::uint64_t bytes);
// Whole percent of the package on disk, 0..100.
int percentDone(const CourseDownload& course);
// Whether "Unduh" makes sense: a new course not yet asked for, or a failed download.
bool canAskFor(const CourseDownload& course);

} // namespace pelita::sync
