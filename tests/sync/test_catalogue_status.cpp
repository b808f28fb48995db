// The Katalog view's words and numbers, without a window: every state, problem and
// roster outcome has its text in both languages, progress is whole percent, and
// "Unduh" is offered only where it does something.
#include <pelita/sync/catalogue_status.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace pelita;
using sync::DownloadProblem;
using sync::DownloadState;

namespace {

nlohmann::json strings(const char* language) {
    std::ifstream in(std::filesystem::path(PELITA_SOURCE_DIR) / "assets/i18n" / (std::string(language) + ".json"));
    return nlohmann::json::parse(in);
}

sync::CourseDownload course(DownloadState state, std::uint64_t done, std::uint64_t size,
                            DownloadProblem problem = DownloadProblem::None) {
    sync::CourseDownload c;
    c.offer.entry.size = size;
    c.state = state;
    c.done = done;
    c.problem = problem;
    return c;
}

} // namespace

TEST_CASE("every catalogue state, problem and roster outcome has its words in id and en", "[sync][catalogue]") {
    const auto id = strings("id"), en = strings("en");
    std::vector<std::string> keys;
    for (auto state : {DownloadState::Offered, DownloadState::Queued, DownloadState::Downloading, DownloadState::Paused,
                       DownloadState::Verifying, DownloadState::Installed, DownloadState::Failed})
        for (auto problem : {DownloadProblem::None, DownloadProblem::Link})
            keys.push_back(sync::downloadStateKey(course(state, 0, 1, problem)));
    for (auto problem : {DownloadProblem::Link, DownloadProblem::Server, DownloadProblem::Damaged,
                         DownloadProblem::Disk, DownloadProblem::Refused})
        keys.push_back(sync::downloadProblemKey(problem));
    for (auto outcome : {sync::RosterOutcome::NotTried, sync::RosterOutcome::Pulled, sync::RosterOutcome::NotRegistered,
                         sync::RosterOutcome::Failed})
        keys.push_back(sync::rosterOutcomeKey(outcome));
    for (const auto& key : keys) {
        INFO(key);
        CHECK(id.contains(key));
        CHECK(en.contains(key));
    }
    // A pause for results and a stop for the link say different things.
    CHECK(std::string(sync::downloadStateKey(course(DownloadState::Paused, 5, 10))) !=
          sync::downloadStateKey(course(DownloadState::Paused, 5, 10, DownloadProblem::Link)));
    CHECK(std::string(sync::downloadProblemKey(DownloadProblem::None)).empty());
}

TEST_CASE("download progress is whole percent of the package, never above 100", "[sync][catalogue]") {
    CHECK(sync::percentDone(course(DownloadState::Downloading, 0, 3000)) == 0);
    CHECK(sync::percentDone(course(DownloadState::Downloading, 2999, 3000)) == 99);
    CHECK(sync::percentDone(course(DownloadState::Paused, 2700, 3000)) == 90);
    CHECK(sync::percentDone(course(DownloadState::Verifying, 3000, 3000)) == 100);
    CHECK(sync::percentDone(course(DownloadState::Downloading, 5000, 3000)) == 100);
    CHECK(sync::percentDone(course(DownloadState::Installed, 0, 0)) == 100);
    CHECK(sync::percentDone(course(DownloadState::Offered, 0, 0)) == 0);
}

TEST_CASE("Unduh is offered for a new course and to retry a failure, not while one is under way",
          "[sync][catalogue]") {
    CHECK(sync::canAskFor(course(DownloadState::Offered, 0, 1)));
    CHECK(sync::canAskFor(course(DownloadState::Failed, 0, 1, DownloadProblem::Refused)));
    for (auto state : {DownloadState::Queued, DownloadState::Downloading, DownloadState::Paused,
                       DownloadState::Verifying, DownloadState::Installed})
        CHECK_FALSE(sync::canAskFor(course(state, 0, 1)));
}

TEST_CASE("package sizes read in MB with one decimal", "[sync][catalogue]") {
    CHECK(sync::sizeText(0) == "0 KB");
    CHECK(sync::sizeText(1) == "1 KB");
    CHECK(sync::sizeText(48 * 1024) == "48 KB");
    CHECK(sync::sizeText((1u << 20) - 1) == "1024 KB");
    CHECK(sync::sizeText(1u << 20) == "1.0 MB");
    CHECK(sync::sizeText(3u << 20) == "3.0 MB");
    CHECK(sync::sizeText((3u << 20) + (1u << 19)) == "3.5 MB");
}
