// Course downloads from the real pelita-server, through the fault proxy: a link
// that drops mid-download resumes where it stopped, the finished file is checked
// against the catalogue, and the package then installs.
#include <support/fault_proxy.h>
#include <support/lrs_process.h>
#include <support/temp_dir.h>

#include <pelita/content/package_builder.h>
#include <pelita/content/package_installer.h>
#include <pelita/content/package_keys.h>
#include <pelita/sync/catalogue.h>
#include <pelita/sync/curl_transport.h>
#include <pelita/sync/package_download.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

using namespace pelita;
namespace fs = std::filesystem;

namespace {

const fs::path kDemoCourse = fs::path(PELITA_SOURCE_DIR) / "assets/demo-course";

// The demo course with a 3 MB video, built and signed, published on a real server.
struct Published {
    test::TempDir dir;
    content::SecretKey publisher = content::generateKey("bkpsdm-test");
    test::LrsProcess server;
    sync::CatalogueEntry entry;

    Published() {
        fs::copy(kDemoCourse, dir / "src", fs::copy_options::recursive);
        fs::create_directories(dir / "src/media");
        std::string video(3u << 20, '\0');
        for (std::size_t i = 0; i < video.size(); ++i) video[i] = static_cast<char>((i * 2654435761u) >> 13);
        std::ofstream(dir / "src/media/video.mp4", std::ios::binary) << video;
        std::ofstream(dir / "src/lessons/01-asas-pelayanan.md", std::ios::app) << "\n[Video](../media/video.mp4)\n";
        REQUIRE(content::buildPackage(dir / "src", dir / "course.pelita", publisher));
        REQUIRE(content::writePublicKey(publisher.publicKey, dir / "bkpsdm-test.pub"));
        REQUIRE(server.publish(dir / "course.pelita", dir / "bkpsdm-test.pub") == 0);

        sync::CurlTransport transport;
        const auto answer = transport.get(server.url() + "/pelita/v1/catalogue", auth());
        REQUIRE(answer.status == 200);
        auto catalogue = sync::parseCatalogue(answer.body);
        REQUIRE(catalogue);
        REQUIRE(catalogue->size() == 1);
        entry = catalogue->front();
        REQUIRE(entry.size == fs::file_size(dir / "course.pelita"));
    }
    sync::HttpHeaders auth() const { return {sync::basicAuthHeader(server.key(), server.secret())}; }
    fs::path downloads() const { return dir / "kiosk/downloads"; }
    fs::path part() const { return downloads() / (entry.sha256 + ".part"); }
};

} // namespace

TEST_CASE("a download cut off by the link resumes where it stopped, then installs", "[sync][download]") {
    Published p;
    test::FaultProxy proxy(p.server.port());
    sync::CurlTransport transport;
    proxy.resetResponseAfter(1u << 20);
    std::uint64_t lastProgress = 0;
    auto first = sync::downloadPackage(transport, proxy.url(), p.auth(), p.entry, p.downloads(),
                                       [&](std::uint64_t done, std::uint64_t) { lastProgress = done; });
    REQUIRE_FALSE(first);
    CHECK(first.error().kind == sync::DownloadError::Kind::Link);
    REQUIRE(fs::exists(p.part()));
    const auto kept = fs::file_size(p.part());
    CHECK(kept > 0);
    CHECK(kept < p.entry.size);
    CHECK(lastProgress == kept);

    proxy.heal();
    const auto before = proxy.bytesDown();
    auto second = sync::downloadPackage(transport, proxy.url(), p.auth(), p.entry, p.downloads());
    REQUIRE(second);
    CHECK(second->resumedFrom == kept);
    CHECK(second->received == p.entry.size - kept);
    // Only the rest came over the link (plus one response head).
    CHECK(proxy.bytesDown() - before < p.entry.size - kept + 4096);
    CHECK_FALSE(fs::exists(p.part()));
    CHECK(fs::file_size(second->file) == p.entry.size);

    fs::create_directories(p.dir / "kiosk/trusted-keys");
    fs::copy_file(p.dir / "bkpsdm-test.pub", p.dir / "kiosk/trusted-keys/bkpsdm-test.pub");
    auto installed = content::installPackage(second->file, p.dir / "kiosk", content::InstallOptions{});
    REQUIRE(installed);
    CHECK(installed->course.iri == p.entry.iri);

    SECTION("a finished download is not fetched again") {
        const auto requestsBefore = proxy.bytesUp();
        auto again = sync::downloadPackage(transport, proxy.url(), p.auth(), p.entry, p.downloads());
        REQUIRE(again);
        CHECK(again->received == 0);
        CHECK(proxy.bytesUp() == requestsBefore);
    }
}

TEST_CASE("a partial file holding the wrong bytes fails the hash, is deleted, and the next try starts over",
          "[sync][download]") {
    Published p;
    fs::create_directories(p.downloads());
    std::ofstream(p.part(), std::ios::binary) << std::string(1000, 'x');
    sync::CurlTransport transport;
    auto damaged = sync::downloadPackage(transport, p.server.url(), p.auth(), p.entry, p.downloads());
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().kind == sync::DownloadError::Kind::Damaged);
    CHECK_FALSE(fs::exists(p.part()));
    auto fresh = sync::downloadPackage(transport, p.server.url(), p.auth(), p.entry, p.downloads());
    REQUIRE(fresh);
    CHECK(fresh->resumedFrom == 0);
    CHECK(fresh->received == p.entry.size);
}

TEST_CASE("a catalogue entry the server does not have is reported as the server's refusal", "[sync][download]") {
    Published p;
    auto missing = p.entry;
    missing.sha256 = std::string(64, 'a');
    missing.url = "/pelita/v1/packages/" + missing.sha256;
    sync::CurlTransport transport;
    auto result = sync::downloadPackage(transport, p.server.url(), p.auth(), missing, p.downloads());
    REQUIRE_FALSE(result);
    CHECK(result.error().kind == sync::DownloadError::Kind::Server);
    CHECK(result.error().message.find("404") != std::string::npos);
    CHECK_FALSE(fs::exists(p.downloads() / (missing.sha256 + ".part")));
}

TEST_CASE("the bandwidth cap holds a download below it", "[sync][download]") {
    Published p;
    sync::CurlOptions options;
    options.maxBytesPerSecond = 1u << 20; // 1 MB/s: the 3 MB package needs about 3 s
    sync::CurlTransport transport(options);
    const auto start = std::chrono::steady_clock::now();
    auto result = sync::downloadPackage(transport, p.server.url(), p.auth(), p.entry, p.downloads());
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    REQUIRE(result);
    // A lower bound only: a slow machine makes it slower, never faster. libcurl's
    // limiter lets the first moments burst, hence half the ideal time.
    CHECK(took.count() >= 0.5 * static_cast<double>(p.entry.size) / static_cast<double>(options.maxBytesPerSecond));
}

TEST_CASE("catalogue entries are set against the installed courses", "[sync][catalogue]") {
    const auto catalogue = sync::parseCatalogue(R"({"courses": [
        {"id": "https://x.go.id/course/a", "version": "1.10.0", "title": {"id-ID": "Kursus A", "en-US": "Course A"},
         "jpHours": 2, "size": 10, "sha256": ")" + std::string(64, 'b') + R"(", "url": "/pelita/v1/packages/b"},
        {"id": "https://x.go.id/course/b", "version": "1.0.0", "size": 10, "sha256": ")" + std::string(64, 'c') +
                                            R"(", "url": "/pelita/v1/packages/c"},
        {"id": "https://x.go.id/course/c", "version": "2.0.0", "size": 10, "sha256": ")" + std::string(64, 'd') +
                                            R"(", "url": "/pelita/v1/packages/d"}]})");
    REQUIRE(catalogue);
    std::vector<content::Course> installed(2);
    installed[0].iri = "https://x.go.id/course/a";
    installed[0].version = "1.9.2";
    installed[1].iri = "https://x.go.id/course/c";
    installed[1].version = "2.0.0";
    const auto offers = sync::offersFor(*catalogue, installed);
    REQUIRE(offers.size() == 3);
    CHECK(offers[0].offer == sync::Offer::Update);
    CHECK(offers[0].installedVersion == "1.9.2");
    CHECK(offers[1].offer == sync::Offer::NewCourse);
    CHECK(offers[2].offer == sync::Offer::Installed);
    CHECK(sync::titleIn(offers[0].entry, "en") == "Course A");
    CHECK(sync::titleIn(offers[0].entry, "id") == "Kursus A");
    CHECK(sync::titleIn(offers[1].entry, "en") == "https://x.go.id/course/b");
}

TEST_CASE("a malformed catalogue is refused, naming the entry and field", "[sync][catalogue]") {
    CHECK_FALSE(sync::parseCatalogue("not json"));
    CHECK(sync::parseCatalogue(R"({"courses": {}})").error() == "catalogue.courses: is missing or not a list");
    const auto bad = sync::parseCatalogue(R"({"courses": [{"id": "https://x/c", "version": "1.0.0", "size": 1,
        "sha256": "ABC", "url": "/p"}]})");
    REQUIRE_FALSE(bad);
    CHECK(bad.error() == "catalogue.courses[0].sha256: is not 64 lower-case hex digits");
    const auto noSize = sync::parseCatalogue(R"({"courses": [{"id": "https://x/c", "version": "1.0.0", "size": -4,
        "sha256": ")" + std::string(64, 'e') + R"(", "url": "/p"}]})");
    REQUIRE_FALSE(noSize);
    CHECK(noSize.error() == "catalogue.courses[0].size: is not a byte count");
}
