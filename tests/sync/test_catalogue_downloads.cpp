// The engine's pull through the real pelita-server: a course the trainer asks for
// and an update are downloaded, verified and installed; a wrong or untrusted
// package is refused and not installed; a download cut off resumes from its
// partial file after a restart; the bandwidth cap reaches libcurl; and results
// queued during a download go before it ends.
#include "course_server.h"
#include "status_log.h"
#include "sync_test_statements.h"

#include <support/fault_proxy.h>

#include <pelita/content/course_library.h>
#include <pelita/content/package_installer.h>
#include <pelita/sync/curl_transport.h>
#include <pelita/sync/pull_pass.h>
#include <pelita/sync/sync_engine.h>

#include <chrono>

using namespace pelita;
using sync::DownloadState;
using sync::SyncStatus;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMedia = 3u << 20; // a package of a little over 3 MB

std::optional<sync::CourseDownload> courseIn(const SyncStatus& s) {
    if (const auto* c = s.catalogue.find(test::kDemoCourseIri)) return *c;
    return std::nullopt;
}

auto courseIs(DownloadState state) {
    return [state](const SyncStatus& s) {
        const auto c = courseIn(s);
        return c && c->state == state;
    };
}

std::optional<std::string> installedVersion(const fs::path& dataDir) {
    for (const auto& c : content::loadInstalledCourses(dataDir).courses)
        if (c.iri == test::kDemoCourseIri) return c.version;
    return std::nullopt;
}

std::unique_ptr<sync::SyncEngine> startEngine(test::CourseServer& cs, test::StatusLog& log, sync::CurlOptions options = {}) {
    auto engine = std::make_unique<sync::SyncEngine>(cs.kiosk.dir.path(), std::make_unique<sync::CurlTransport>(options),
                                                     std::ref(log));
    engine->start();
    return engine;
}

std::size_t filesIn(const fs::path& folder) {
    std::error_code ec;
    std::size_t n = 0;
    for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) ++n;
    return n;
}

// The trainer presses "Unduh" on the offered course; returns the status once it failed.
sync::CourseDownload askUntilFailed(sync::SyncEngine& engine, test::StatusLog& log) {
    REQUIRE(log.waitFor(courseIs(DownloadState::Offered)));
    engine.download(test::kDemoCourseIri);
    const auto failed = log.waitFor(courseIs(DownloadState::Failed));
    REQUIRE(failed);
    return *courseIn(*failed);
}

} // namespace

TEST_CASE("a new course is only offered, then downloaded, verified and installed once the trainer asks",
          "[sync][pull]") {
    test::CourseServer cs;
    cs.publish(cs.build("1.0.0", kMedia));
    cs.trustPublisher();
    test::StatusLog log;
    auto engine = startEngine(cs, log);
    const auto offered = log.waitFor(courseIs(DownloadState::Offered));
    REQUIRE(offered);
    const auto course = *courseIn(*offered);
    CHECK(course.offer.offer == sync::Offer::NewCourse);
    CHECK(course.offer.entry.version == "1.0.0");
    CHECK(course.offer.entry.size > kMedia);
    CHECK(sync::titleIn(course.offer.entry, "id") == "Pelayanan Prima bagi ASN");
    CHECK(offered->catalogue.fetched);
    CHECK_FALSE(installedVersion(cs.kiosk.dir.path()));

    engine->download(test::kDemoCourseIri);
    const auto installed = log.waitFor(courseIs(DownloadState::Installed));
    REQUIRE(installed);
    CHECK(installed->catalogue.installs == 1);
    CHECK(log.waitFor(courseIs(DownloadState::Downloading)));
    CHECK(log.waitFor(courseIs(DownloadState::Verifying)));
    CHECK(installedVersion(cs.kiosk.dir.path()) == std::optional<std::string>("1.0.0"));
    // The package served its turn: nothing is left in the downloads folder.
    CHECK(filesIn(sync::downloadsFolder(cs.kiosk.dir.path())) == 0);
    CHECK(sync::coursesAskedFor(*cs.kiosk.store).empty());
}

TEST_CASE("an update of an installed course downloads and installs by itself", "[sync][pull]") {
    test::CourseServer cs;
    cs.trustPublisher();
    REQUIRE(content::installPackage(cs.build("1.0.0", 1000), cs.kiosk.dir.path(), {}));
    cs.publish(cs.build("1.1.0", kMedia));
    test::StatusLog log;
    auto engine = startEngine(cs, log);
    const auto installed = log.waitFor(courseIs(DownloadState::Installed));
    REQUIRE(installed);
    CHECK(courseIn(*installed)->offer.offer == sync::Offer::Update);
    CHECK(courseIn(*installed)->offer.installedVersion == "1.0.0");
    CHECK(installedVersion(cs.kiosk.dir.path()) == std::optional<std::string>("1.1.0"));
}

TEST_CASE("a package from a publisher the kiosk does not trust is refused and not installed", "[sync][pull]") {
    test::CourseServer cs; // no trustPublisher()
    cs.publish(cs.build("1.0.0", 1000));
    test::StatusLog log;
    auto engine = startEngine(cs, log);
    const auto failed = askUntilFailed(*engine, log);
    CHECK(failed.problem == sync::DownloadProblem::Refused);
    CHECK_FALSE(failed.error.empty());
    CHECK_FALSE(installedVersion(cs.kiosk.dir.path()));
    CHECK(filesIn(sync::downloadsFolder(cs.kiosk.dir.path())) == 0);

    SECTION("once the key is trusted, asking again installs it") {
        cs.trustPublisher();
        engine->download(test::kDemoCourseIri);
        REQUIRE(log.waitFor(courseIs(DownloadState::Installed)));
        CHECK(installedVersion(cs.kiosk.dir.path()) == std::optional<std::string>("1.0.0"));
    }
}

TEST_CASE("a package whose bytes are not the catalogue's is refused, deleted and not installed", "[sync][pull]") {
    test::CourseServer cs;
    cs.publish(cs.build("1.0.0", 1000));
    cs.trustPublisher();
    // Damage the server's copy, as a bad disk or a meddling proxy would.
    for (const auto& file : fs::directory_iterator(cs.server.dataDir() / "packages")) {
        std::fstream f(file.path(), std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(200);
        f.put('\x7f');
    }
    test::StatusLog log;
    auto engine = startEngine(cs, log);
    CHECK(askUntilFailed(*engine, log).problem == sync::DownloadProblem::Damaged);
    CHECK_FALSE(installedVersion(cs.kiosk.dir.path()));
    CHECK(filesIn(sync::downloadsFolder(cs.kiosk.dir.path())) == 0);
}

TEST_CASE("a download cut off by the link resumes from its partial file after a restart", "[sync][pull]") {
    test::CourseServer cs;
    cs.publish(cs.build("1.0.0", kMedia));
    cs.trustPublisher();
    test::FaultProxy proxy(cs.server.port());
    test::pointAt(cs.kiosk, proxy.url(), cs.server.key(), cs.server.secret());
    sync::askForCourse(*cs.kiosk.store, test::kDemoCourseIri); // as the trainer's "Unduh" leaves it
    proxy.resetResponseAfter(1u << 20); // the roster and catalogue are a few hundred bytes of it
    std::uint64_t kept = 0;
    {
        test::StatusLog log;
        auto engine = startEngine(cs, log);
        REQUIRE(log.waitFor(courseIs(DownloadState::Queued)));
        // The engine says the link is gone, and the download waits for it.
        const auto cut = log.waitFor([](const SyncStatus& s) {
            const auto c = courseIn(s);
            return s.activity == sync::SyncActivity::Offline && c && c->state == DownloadState::Paused &&
                   c->problem == sync::DownloadProblem::Link;
        });
        REQUIRE(cut);
        kept = courseIn(*cut)->done;
        engine->stop(); // the kiosk is switched off
    }
    std::uint64_t onDisk = 0;
    for (const auto& f : fs::directory_iterator(sync::downloadsFolder(cs.kiosk.dir.path())))
        if (f.path().extension() == ".part") onDisk = fs::file_size(f.path());
    CHECK(onDisk == kept);
    CHECK(kept > 0);
    CHECK_FALSE(installedVersion(cs.kiosk.dir.path()));

    proxy.heal();
    const auto before = proxy.bytesDown();
    test::StatusLog log;
    auto engine = startEngine(cs, log);
    const auto resumed = log.waitFor(courseIs(DownloadState::Paused));
    REQUIRE(resumed);
    CHECK(courseIn(*resumed)->done == kept); // listed at 90 % before a byte moves
    const auto installed = log.waitFor(courseIs(DownloadState::Installed));
    REQUIRE(installed);
    const auto size = courseIn(*installed)->offer.entry.size;
    // Only the rest of the package crossed the link again (plus the catalogue, the
    // roster and a few response heads).
    CHECK(proxy.bytesDown() - before < size - kept + 64 * 1024);
    CHECK(installedVersion(cs.kiosk.dir.path()) == std::optional<std::string>("1.0.0"));
}

TEST_CASE("the kiosk's bandwidth cap holds a download below it", "[sync][pull]") {
    test::CourseServer cs;
    cs.publish(cs.build("1.0.0", kMedia));
    cs.trustPublisher();
    constexpr std::size_t kCap = 1u << 20; // 1 MB/s: the 3 MB package needs about 3 s
    cs.setCap(kCap);
    sync::askForCourse(*cs.kiosk.store, test::kDemoCourseIri);
    test::StatusLog log;
    const auto start = std::chrono::steady_clock::now(); // before the download: the bound only grows
    auto engine = startEngine(cs, log);
    const auto verified = log.waitFor(courseIs(DownloadState::Verifying));
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    REQUIRE(verified);
    // A lower bound only: a slow machine makes it slower, never faster. libcurl's
    // limiter lets the first moments burst, hence half the ideal time.
    CHECK(took.count() >= 0.5 * static_cast<double>(courseIn(*verified)->offer.entry.size) / kCap);
}

TEST_CASE("results queued during a download reach the server before the download ends", "[sync][pull]") {
    test::CourseServer cs;
    cs.publish(cs.build("1.0.0", kMedia));
    cs.trustPublisher();
    cs.setCap(512u * 1024); // about 6 s for the package: time for learners to answer
    sync::askForCourse(*cs.kiosk.store, test::kDemoCourseIri);
    test::StatusLog log;
    auto engine = startEngine(cs, log);
    REQUIRE(log.waitFor([](const SyncStatus& s) {
        const auto c = courseIn(s);
        return c && c->state == DownloadState::Downloading && c->done > 0;
    }));
    const auto ids = test::queueAnswers(cs.kiosk, 5); // learners answer meanwhile; nobody presses anything
    const auto sent = log.waitForIndex([](const SyncStatus& s) { return s.sentThisRun == 5 && s.queueLength == 0; });
    const auto installed = log.waitForIndex(courseIs(DownloadState::Installed));
    REQUIRE(sent);
    REQUIRE(installed);
    CHECK(*sent < *installed);
    // The download paused for them and went on from where it was.
    const auto paused = log.waitForIndex(courseIs(DownloadState::Paused));
    REQUIRE(paused);
    CHECK(*paused < *sent);
    const auto atServer = cs.server.statementIds();
    CHECK(atServer.size() == ids.size());
    CHECK(installedVersion(cs.kiosk.dir.path()) == std::optional<std::string>("1.0.0"));
}
