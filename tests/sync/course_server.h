#pragma once
// A kiosk and a real pelita-server that publishes courses: the demo course with a
// padding "video" of a chosen size, built and signed by a test publisher, at any
// version. For the engine's pull tests (catalogue, downloads, roster).
#include "sample_course.h"

#include <support/lrs_process.h>
#include <support/temp_dir.h>

#include <pelita/content/package_builder.h>
#include <pelita/content/package_keys.h>
#include <pelita/sync/kiosk_settings.h>

#include <nlohmann/json.hpp>

#include <fstream>

namespace pelita::test {

inline const std::string kDemoCourseIri = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima";

struct CourseServer {
    TempDir dir;
    content::SecretKey publisher = content::generateKey("bkpsdm-test");
    LrsProcess server;
    StoreFixture kiosk;

    CourseServer() {
        REQUIRE(content::writePublicKey(publisher.publicKey, dir / "bkpsdm-test.pub"));
        sync::KioskSettings s = sync::KioskSettings::load(*kiosk.store);
        s.serverUrl = server.url();
        s.key = server.key();
        s.secret = server.secret();
        s.maxBytesPerSecond = 0;
        s.save(*kiosk.store);
    }

    // Builds the demo course at `version` with `mediaBytes` of media, signed by the
    // test publisher; returns the package file.
    std::filesystem::path build(const std::string& version, std::size_t mediaBytes) {
        namespace fs = std::filesystem;
        const fs::path src = dir / ("src-" + version);
        fs::copy(fs::path(PELITA_SOURCE_DIR) / "assets/demo-course", src, fs::copy_options::recursive);
        auto manifest = nlohmann::json::parse(std::ifstream(src / "course.json"));
        manifest["version"] = version;
        std::ofstream(src / "course.json") << manifest.dump(2);
        fs::create_directories(src / "media");
        std::string video(mediaBytes, '\0');
        for (std::size_t i = 0; i < video.size(); ++i) video[i] = static_cast<char>((i * 2654435761u) >> 13);
        std::ofstream(src / "media/video.mp4", std::ios::binary) << video;
        std::ofstream(src / "lessons/01-asas-pelayanan.md", std::ios::app) << "\n[Video](../media/video.mp4)\n";
        const fs::path package = dir / ("course-" + version + ".pelita");
        REQUIRE(content::buildPackage(src, package, publisher));
        return package;
    }

    void publish(const std::filesystem::path& package) { REQUIRE(server.publish(package, dir / "bkpsdm-test.pub") == 0); }

    // The kiosk trusts the test publisher, as a trainer sets it up.
    void trustPublisher() {
        std::filesystem::create_directories(kiosk.dir / "trusted-keys");
        std::filesystem::copy_file(dir / "bkpsdm-test.pub", kiosk.dir / "trusted-keys/bkpsdm-test.pub");
    }

    void setCap(std::size_t bytesPerSecond) {
        sync::KioskSettings s = sync::KioskSettings::load(*kiosk.store);
        s.maxBytesPerSecond = bytesPerSecond;
        s.save(*kiosk.store);
    }
};

} // namespace pelita::test
