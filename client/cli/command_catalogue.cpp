// pelita catalogue: what the server offers this kiosk, and (--download IRI) the
// trainer's "Unduh" from the command line. runPull is the pull step that
// `pelita sync` runs after its pass: roster, catalogue, downloads, installs.
#include "cli/commands.h"

#include <pelita/content/course_library.h>
#include <pelita/sync/catalogue.h>
#include <pelita/sync/catalogue_status.h>
#include <pelita/sync/curl_transport.h>
#include <pelita/sync/queue_report.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/pull_pass.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace pelita::kiosk::cli {
namespace {

const char* offerWord(sync::Offer offer) {
    switch (offer) {
    case sync::Offer::NewCourse: return "new";
    case sync::Offer::Update: return "update";
    case sync::Offer::Installed: return "installed";
    }
    return "";
}

// One line per state a course reaches, and the download's progress every 10 %.
void printChange(const sync::CatalogueStatus& status, std::vector<std::pair<sync::DownloadState, int>>& shown) {
    shown.resize(status.courses.size(), {sync::DownloadState::Offered, -1});
    for (std::size_t i = 0; i < status.courses.size(); ++i) {
        const auto& c = status.courses[i];
        const int tenth = sync::percentDone(c) / 10;
        if (shown[i].first == c.state && (c.state != sync::DownloadState::Downloading || shown[i].second == tenth))
            continue;
        shown[i] = {c.state, tenth};
        const std::string title = sync::titleIn(c.offer.entry, "id") + " " + c.offer.entry.version;
        switch (c.state) {
        case sync::DownloadState::Downloading:
            std::cout << "  downloading " << title << ": " << sync::sizeText(c.done) << " of "
                      << sync::sizeText(c.offer.entry.size) << std::endl;
            break;
        case sync::DownloadState::Verifying: std::cout << "  checking and installing " << title << std::endl; break;
        case sync::DownloadState::Installed: std::cout << "  installed " << title << std::endl; break;
        case sync::DownloadState::Paused:
            if (c.problem != sync::DownloadProblem::None)
                std::cout << "  stopped " << title << " at " << sync::percentDone(c) << "% (" << c.error
                          << "); the next sync goes on from there" << std::endl;
            break;
        case sync::DownloadState::Failed: std::cout << "  failed " << title << ": " << c.error << std::endl; break;
        default: break;
        }
    }
}

} // namespace

int runPull(const Options& o) {
    auto opened = sync::RecordsStore::open(o.dataDir);
    if (!opened) {
        std::cerr << "pelita: " << o.dataDir.string() << ": " << opened.error().message << "\n";
        return 1;
    }
    sync::CurlTransport curl;
    sync::QueueReportingTransport transport(curl, **opened); // the dashboard's queue health
    sync::CatalogueStatus status;
    std::vector<std::pair<sync::DownloadState, int>> shown;
    sync::PullHooks hooks;
    hooks.onChange = [&](const sync::CatalogueStatus& s) { printChange(s, shown); };
    const auto outcome = sync::runPullPass(**opened, transport, o.dataDir, status, hooks);
    switch (status.roster) {
    case sync::RosterOutcome::Pulled:
        std::cout << "roster: " << status.rosterLearners << " learner(s) of this kiosk's OPD, " << status.rosterAdded
                  << " new on this kiosk\n";
        break;
    case sync::RosterOutcome::NotTried: break;
    default: std::cout << "roster: not read: " << status.rosterError << "\n"; break;
    }
    switch (status.assignments) {
    case sync::RosterOutcome::Pulled:
        std::cout << "mandatory courses: " << status.assignmentCount << " for this kiosk's OPD\n";
        break;
    case sync::RosterOutcome::NotTried: break;
    default:
        std::cout << "mandatory courses: not read (keeping the last " << status.assignmentCount
                  << "): " << status.assignmentsError << "\n";
        break;
    }
    if (outcome != sync::PullOutcome::Done) {
        std::cerr << "pelita: courses: " << (status.error.empty() ? "a download stopped" : status.error) << "\n";
        return 1;
    }
    int failed = 0;
    for (const auto& c : status.courses) failed += c.state == sync::DownloadState::Failed ? 1 : 0;
    std::cout << "courses: " << status.installs << " installed, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}

int runCatalogue(const Options& o) {
    auto opened = sync::RecordsStore::open(o.dataDir);
    if (!opened) {
        std::cerr << "pelita catalogue: " << o.dataDir.string() << ": " << opened.error().message << "\n";
        return 1;
    }
    sync::RecordsStore& store = **opened;
    const auto settings = sync::KioskSettings::load(store);
    if (!settings.hasServer()) {
        std::cerr << "pelita catalogue: no server is set (pelita config --server URL --key KEY --secret SECRET)\n";
        return 1;
    }
    if (!o.downloadCourse.empty()) {
        sync::askForCourse(store, o.downloadCourse);
        std::cout << "asked for " << o.downloadCourse << ": the kiosk downloads it at its next sync\n";
    }
    sync::CurlTransport transport;
    transport.configure(settings.link());
    const auto answer = transport.get(settings.serverUrl + "/pelita/v1/catalogue",
                                      {sync::basicAuthHeader(settings.key, settings.secret)});
    if (answer.status != 200) {
        std::cerr << "pelita catalogue: "
                  << (answer.reached() ? "the server answered " + std::to_string(answer.status) : answer.error) << "\n";
        return 1;
    }
    auto catalogue = sync::parseCatalogue(answer.body);
    if (!catalogue) {
        std::cerr << "pelita catalogue: " << catalogue.error() << "\n";
        return 1;
    }
    const auto asked = sync::coursesAskedFor(store);
    const auto offers = sync::offersFor(*catalogue, content::loadInstalledCourses(o.dataDir).courses);
    for (const auto& offer : offers) {
        const auto& e = offer.entry;
        std::cout << offerWord(offer.offer) << "  " << sync::titleIn(e, settings.language) << "  " << e.version;
        if (offer.offer == sync::Offer::Update) std::cout << " (installed " << offer.installedVersion << ")";
        std::cout << "  " << sync::sizeText(e.size) << "  " << e.iri;
        if (offer.offer == sync::Offer::NewCourse &&
            std::find(asked.begin(), asked.end(), e.iri) != asked.end())
            std::cout << "  [asked for]";
        std::cout << "\n";
    }
    if (offers.empty()) std::cout << "the server publishes no course yet\n";
    return 0;
}

} // namespace pelita::kiosk::cli
