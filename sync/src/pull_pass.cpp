#include <pelita/sync/pull_pass.h>

#include "course_fetch.h"

#include <pelita/content/course_library.h>
#include <pelita/sync/assignments_pull.h>
#include <pelita/sync/clock.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/roster_pull.h>

#include <algorithm>
#include <optional>
#include <sstream>

namespace pelita::sync {

namespace fs = std::filesystem;

namespace {

constexpr const char* kAskedSetting = "downloads.asked";

void saveAsked(RecordsStore& store, const std::vector<std::string>& iris) {
    std::string text;
    for (const auto& iri : iris) text += iri + "\n";
    store.setSetting(kAskedSetting, text);
}

std::uint64_t partialSize(const fs::path& dataDir, const CatalogueEntry& entry) {
    std::error_code ec;
    const auto size = fs::file_size(downloadsFolder(dataDir) / (entry.sha256 + ".part"), ec);
    return ec ? 0 : size;
}

// The catalogue's offers as this pass will work through them, carrying over what
// the last pass learnt about the same package.
std::vector<CourseDownload> plan(const std::vector<CatalogueOffer>& offers, const CatalogueStatus& before,
                                 const std::vector<std::string>& asked, const fs::path& dataDir) {
    std::vector<CourseDownload> courses;
    for (const auto& offer : offers) {
        const CourseDownload* earlier = before.find(offer.entry.iri);
        const bool samePackage = earlier && earlier->offer.entry.sha256 == offer.entry.sha256;
        if (offer.offer == Offer::Installed) {
            // Installed in this run: stays on the trainer's list, marked done.
            if (samePackage && earlier->state == DownloadState::Installed) courses.push_back(*earlier);
            continue;
        }
        CourseDownload course{offer, DownloadState::Offered, partialSize(dataDir, offer.entry), {}, {}};
        // Asked for by the trainer, or mandatory here (`asked` holds both): no "Unduh" needed.
        const bool wanted = offer.offer == Offer::Update ||
                            std::find(asked.begin(), asked.end(), offer.entry.iri) != asked.end();
        if (samePackage && earlier->state == DownloadState::Failed) {
            course = *earlier;
            course.offer = offer;
        } else if (wanted) {
            course.state = course.done > 0 ? DownloadState::Paused : DownloadState::Queued;
        }
        courses.push_back(std::move(course));
    }
    return courses;
}

// The trainer's wishes plus the kiosk's mandatory courses (the last set kept when
// the pull failed): an assigned course downloads without anyone pressing "Unduh".
std::vector<std::string> withMandatory(const RecordsStore& store, std::vector<std::string> asked) {
    try {
        for (const auto& a : store.assignments())
            if (std::find(asked.begin(), asked.end(), a.courseIri) == asked.end()) asked.push_back(a.courseIri);
    } catch (const std::exception&) {
        // The pull above reported the store's trouble; the trainer's wishes still count.
    }
    return asked;
}

// The roster and the mandatory courses, then the catalogue planned against what is
// installed. Returns how the pass ends when the catalogue could not be read.
std::optional<PullOutcome> readCatalogue(RecordsStore& store, Transport& transport, const KioskSettings& settings,
                                         const HttpHeaders& auth, const fs::path& dataDir, CatalogueStatus& status,
                                         const std::vector<std::string>& asked, const std::function<void()>& changed) {
    const RosterReport roster = pullRoster(store, transport, settings);
    status.roster = roster.outcome;
    status.rosterLearners = roster.learners;
    status.rosterAdded = roster.added;
    status.rosterError = roster.error;
    changed();

    const AssignmentsReport assigned = pullAssignments(store, transport, settings);
    status.assignments = assigned.outcome;
    status.assignmentCount = assigned.assignments;
    status.assignmentsError = assigned.error;
    if (assigned.changed) ++status.assignmentChanges;
    changed();

    const HttpResult answer = transport.get(settings.serverUrl + "/pelita/v1/catalogue", auth);
    if (!answer.reached() || answer.status != 200) {
        status.error = answer.reached() ? "The server answered " + std::to_string(answer.status) + " for the catalogue"
                                        : answer.error;
        changed();
        return answer.reached() ? PullOutcome::Failed : PullOutcome::NoConnection;
    }
    auto catalogue = parseCatalogue(answer.body);
    if (!catalogue) {
        status.error = catalogue.error();
        changed();
        return PullOutcome::Failed;
    }
    status.fetched = true;
    status.fetchedAtMs = nowMs();
    status.error.clear();
    status.courses = plan(offersFor(*catalogue, content::loadInstalledCourses(dataDir).courses), status,
                          withMandatory(store, asked), dataDir);
    changed();
    return std::nullopt;
}

} // namespace

fs::path downloadsFolder(const fs::path& dataDir) { return dataDir / "downloads"; }

std::vector<std::string> coursesAskedFor(const RecordsStore& store) {
    std::vector<std::string> iris;
    std::istringstream lines(store.setting(kAskedSetting).value_or(""));
    for (std::string line; std::getline(lines, line);)
        if (!line.empty()) iris.push_back(line);
    return iris;
}

void askForCourse(RecordsStore& store, const std::string& courseIri) {
    auto iris = coursesAskedFor(store);
    if (std::find(iris.begin(), iris.end(), courseIri) != iris.end()) return;
    iris.push_back(courseIri);
    saveAsked(store, iris);
}

void forgetCourseAsked(RecordsStore& store, const std::string& courseIri) {
    auto iris = coursesAskedFor(store);
    const auto end = std::remove(iris.begin(), iris.end(), courseIri);
    if (end == iris.end()) return;
    iris.erase(end, iris.end());
    saveAsked(store, iris);
}

PullOutcome runPullPass(RecordsStore& store, Transport& transport, const fs::path& dataDir, CatalogueStatus& status,
                        const PullHooks& hooks) {
    auto changed = [&] {
        if (hooks.onChange) hooks.onChange(status);
    };
    KioskSettings settings;
    std::vector<std::string> asked;
    try {
        settings = KioskSettings::load(store);
        asked = coursesAskedFor(store);
    } catch (const std::exception& e) {
        status.error = std::string("The kiosk's settings could not be read: ") + e.what();
        changed();
        return PullOutcome::Failed;
    }
    if (!settings.hasServer()) return PullOutcome::Done;
    transport.configure(settings.link());
    const HttpHeaders auth{basicAuthHeader(settings.key, settings.secret)};
    if (!hooks.downloadsOnly || !status.fetched) {
        if (auto refused = readCatalogue(store, transport, settings, auth, dataDir, status, asked, changed))
            return *refused;
    }

    const CourseFetch fetch{transport, settings.serverUrl, auth, dataDir, settings.allowUnsignedPackages, hooks};
    for (auto& course : status.courses) {
        if (course.state != DownloadState::Queued && course.state != DownloadState::Paused) continue;
        switch (fetchCourse(fetch, course, changed)) {
        case FetchEnd::Installed:
            ++status.installs;
            try {
                forgetCourseAsked(store, course.offer.entry.iri); // installed: from now on, updates come by themselves
            } catch (const std::exception&) {
                // Harmless: an installed course is never offered as new again.
            }
            changed();
            break;
        case FetchEnd::Yielded: return PullOutcome::Yielded;
        case FetchEnd::LinkDropped: return PullOutcome::NoConnection;
        case FetchEnd::Failed: break;
        }
    }
    return PullOutcome::Done;
}

} // namespace pelita::sync
