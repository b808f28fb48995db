// Installs into one data folder at the same time (the kiosk's USB import, its
// background downloads, `pelita import` in a shell) take turns: each lands
// whole, and nobody's clean-up of "interrupted" installs deletes another's
// staging folder while it is being filled.
#include <pelita/content/course_library.h>
#include <pelita/content/package_installer.h>

#include <atomic>
#include <thread>

#include "test_package_craft.h"

using namespace pelita::content;
using pelita::test::PackageDraft;
namespace fs = std::filesystem;

TEST_CASE("installs into one data folder at the same time all land whole", "[content][package][install]") {
    pelita::test::TrustingKiosk kiosk;
    constexpr int kCourses = 4;
    // Big enough that unpacking takes a while, so the installs overlap.
    std::string media(6 * 1024 * 1024, '\0');
    for (std::size_t i = 0; i < media.size(); ++i) media[i] = static_cast<char>((i * 2654435761u) >> 13);
    std::vector<fs::path> packages;
    for (int n = 0; n < kCourses; ++n) {
        PackageDraft draft;
        draft.signer = kiosk.publisher;
        draft.course["id"] = "https://pelita.example/course/bersama-" + std::to_string(n);
        draft.files.push_back({"media/rekaman.bin", media, false});
        packages.push_back(kiosk.dir / ("bersama-" + std::to_string(n) + ".pelita"));
        draft.write(packages.back());
    }

    std::vector<std::string> failures(kCourses);
    std::atomic<bool> installing{true};
    std::vector<std::thread> installers;
    for (int n = 0; n < kCourses; ++n)
        installers.emplace_back([&, n] {
            auto installed = installPackage(packages[n], kiosk.data, {});
            if (!installed)
                for (const auto& p : installed.error()) failures[n] += p.describe() + "\n";
        });
    // Meanwhile the kiosk reloads its course list, as it does after each install.
    std::thread reader([&] {
        while (installing) loadInstalledCourses(kiosk.data);
    });
    for (auto& t : installers) t.join();
    installing = false;
    reader.join();

    for (int n = 0; n < kCourses; ++n) {
        INFO("course " << n << ": " << failures[n]);
        CHECK(failures[n].empty());
    }
    const auto library = loadInstalledCourses(kiosk.data);
    CHECK(library.problems.empty());
    CHECK(library.courses.size() == kCourses);
    for (const auto& entry : fs::directory_iterator(kiosk.data / "courses")) {
        INFO(entry.path());
        CHECK(entry.path().filename().string()[0] != '.'); // no staging or retired folder left
        CHECK(fs::file_size(entry.path() / "media/rekaman.bin") == media.size());
    }
}
