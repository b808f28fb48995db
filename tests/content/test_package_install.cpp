// Installing packages on a kiosk: trust, upgrades, progress, recovery, uninstall.
#include <pelita/content/course_library.h>
#include <pelita/content/package_installer.h>

#include "../support/temp_dir.h"
#include "test_package_craft.h"

using namespace pelita::content;
using pelita::test::PackageDraft;
using pelita::test::TempDir;
namespace fs = std::filesystem;

namespace {

struct Kiosk : pelita::test::TrustingKiosk {
    fs::path package(const std::string& version, const std::string& name = "course.pelita") {
        PackageDraft draft;
        draft.signer = publisher;
        draft.course["version"] = version;
        draft.write(dir / name);
        return dir / name;
    }
    std::vector<std::string> dotFolders() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(data / "courses"))
            if (e.path().filename().string()[0] == '.') out.push_back(e.path().filename().string());
        return out;
    }
};

std::string describe(const std::vector<ContentError>& problems) {
    std::string out;
    for (const auto& p : problems)
        out += p.describe() + "\n";
    return out;
}

} // namespace

TEST_CASE("a signed package from a trusted publisher installs, reporting progress",
          "[content][package][install]") {
    Kiosk kiosk;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> steps;
    InstallOptions options;
    options.progress = [&](std::uint64_t done, std::uint64_t total) { steps.emplace_back(done, total); };
    auto installed = installPackage(kiosk.package("1.0.0"), kiosk.data, options);
    INFO((installed ? "" : describe(installed.error())));
    REQUIRE(installed);
    CHECK(installed->outcome == InstallOutcome::Installed);
    CHECK(installed->signature == SignatureState::Trusted);
    CHECK(installed->signerName == "bkpsdm-test");
    CHECK(installed->course.modules[0].quizzes[0].questions.size() == 8);
    REQUIRE_FALSE(steps.empty());
    CHECK(steps.back().first == steps.back().second);
    for (std::size_t i = 1; i < steps.size(); ++i)
        CHECK(steps[i].first >= steps[i - 1].first);
    const auto library = loadInstalledCourses(kiosk.data);
    REQUIRE(library.courses.size() == 1);
    CHECK(library.courses[0].version == "1.0.0");
    CHECK(kiosk.dotFolders().empty());
}

TEST_CASE("unsigned and untrusted packages are refused unless the kiosk allows them",
          "[content][package][install]") {
    Kiosk kiosk;
    PackageDraft unsignedDraft;
    unsignedDraft.write(kiosk.dir / "unsigned.pelita");
    PackageDraft strangerDraft;
    strangerDraft.signer = generateKey("stranger");
    strangerDraft.write(kiosk.dir / "stranger.pelita");
    for (const auto* name : {"unsigned.pelita", "stranger.pelita"}) {
        INFO(name);
        auto refused = installPackage(kiosk.dir / name, kiosk.data, InstallOptions{});
        REQUIRE_FALSE(refused);
        CHECK_THAT(describe(refused.error()), Catch::StartsWith("signature: "));
        CHECK(loadInstalledCourses(kiosk.data).courses.empty());
        InstallOptions allow;
        allow.allowUnsigned = true;
        CHECK(installPackage(kiosk.dir / name, kiosk.data, allow));
        REQUIRE(uninstallCourse(kiosk.data, "pelayanan-prima"));
    }
}

TEST_CASE("a newer version replaces the course, an older one needs allowDowngrade",
          "[content][package][install]") {
    Kiosk kiosk;
    REQUIRE(installPackage(kiosk.package("1.2.0", "a.pelita"), kiosk.data, InstallOptions{}));

    auto same = installPackage(kiosk.dir / "a.pelita", kiosk.data, InstallOptions{});
    REQUIRE(same);
    CHECK(same->outcome == InstallOutcome::AlreadyInstalled);

    auto upgraded = installPackage(kiosk.package("1.10.0", "b.pelita"), kiosk.data, InstallOptions{});
    REQUIRE(upgraded);
    CHECK(upgraded->outcome == InstallOutcome::Upgraded);
    CHECK(upgraded->previousVersion == "1.2.0");

    auto older = installPackage(kiosk.dir / "a.pelita", kiosk.data, InstallOptions{});
    REQUIRE_FALSE(older);
    CHECK_THAT(describe(older.error()), Catch::Contains("older than the installed 1.10.0"));
    CHECK(loadInstalledCourses(kiosk.data).courses[0].version == "1.10.0");

    InstallOptions downgrade;
    downgrade.allowDowngrade = true;
    auto downgraded = installPackage(kiosk.dir / "a.pelita", kiosk.data, downgrade);
    REQUIRE(downgraded);
    CHECK(downgraded->outcome == InstallOutcome::Downgraded);
    CHECK(loadInstalledCourses(kiosk.data).courses[0].version == "1.2.0");
    CHECK(kiosk.dotFolders().empty());
}

TEST_CASE("a package damaged inside leaves the installed version untouched", "[content][package][install]") {
    Kiosk kiosk;
    REQUIRE(installPackage(kiosk.package("1.0.0"), kiosk.data, InstallOptions{}));
    PackageDraft draft;
    draft.signer = kiosk.publisher;
    draft.course["version"] = "2.0.0";
    draft.manifestOverride = draft.manifest().dump(2);
    draft.files[2].bytes[20] ^= 1; // the last file: everything before it was already unpacked
    draft.signatureOverride = signManifest(kiosk.publisher, *draft.manifestOverride);
    draft.write(kiosk.dir / "damaged.pelita");
    auto refused = installPackage(kiosk.dir / "damaged.pelita", kiosk.data, InstallOptions{});
    REQUIRE_FALSE(refused);
    CHECK_THAT(describe(refused.error()),
               Catch::StartsWith("quizzes/kuis-pelayanan-prima.json: does not match"));
    CHECK(loadInstalledCourses(kiosk.data).courses[0].version == "1.0.0");
    CHECK(kiosk.dotFolders().empty());
}

TEST_CASE("a package whose quiz does not load is refused after unpacking", "[content][package][install]") {
    Kiosk kiosk;
    PackageDraft draft;
    draft.signer = kiosk.publisher;
    draft.files[2].bytes = "{\"questions\": []}";
    draft.write(kiosk.dir / "noquestions.pelita");
    auto refused = installPackage(kiosk.dir / "noquestions.pelita", kiosk.data, InstallOptions{});
    REQUIRE_FALSE(refused);
    CHECK_THAT(describe(refused.error()), Catch::StartsWith("quizzes/kuis-pelayanan-prima.json"));
    CHECK(kiosk.dotFolders().empty());
}

TEST_CASE("an install cut short between its renames is finished at the next start",
          "[content][package][install]") {
    Kiosk kiosk;
    REQUIRE(installPackage(kiosk.package("1.0.0"), kiosk.data, InstallOptions{}));
    const auto courses = kiosk.data / "courses";
    // The state a kill leaves after "old copy aside", before "new copy in".
    fs::rename(courses / "pelayanan-prima", courses / ".retired.123.pelayanan-prima");
    fs::create_directories(courses / ".staging.456.pelayanan-prima/lessons");
    std::ofstream(courses / ".staging.456.pelayanan-prima/lessons/half.md") << "# setengah";
    const auto library = loadInstalledCourses(kiosk.data);
    REQUIRE(library.courses.size() == 1);
    CHECK(library.courses[0].version == "1.0.0");
    CHECK(kiosk.dotFolders().empty());
}

TEST_CASE("uninstalling removes the course by folder name or IRI", "[content][package][install]") {
    Kiosk kiosk;
    REQUIRE(installPackage(kiosk.package("1.0.0"), kiosk.data, InstallOptions{}));
    auto missing = uninstallCourse(kiosk.data, "tidak-ada");
    REQUIRE_FALSE(missing);
    CHECK_THAT(missing.error().describe(), Catch::StartsWith("tidak-ada: is not an installed course"));
    REQUIRE(uninstallCourse(kiosk.data, "pelayanan-prima"));
    CHECK(loadInstalledCourses(kiosk.data).courses.empty());
    CHECK(fs::is_empty(kiosk.data / "courses"));
    REQUIRE(installPackage(kiosk.package("1.0.0"), kiosk.data, InstallOptions{}));
    REQUIRE(uninstallCourse(kiosk.data, "https://pelita.sawahluntokota.go.id/course/pelayanan-prima"));
    CHECK(loadInstalledCourses(kiosk.data).courses.empty());
}

TEST_CASE("versions compare part by part, numerically", "[content][package]") {
    CHECK(compareVersions("1.10.0", "1.9.2") > 0);
    CHECK(compareVersions("1.0", "1.0.0") < 0);
    CHECK(compareVersions("2.0.0", "2.0.0") == 0);
    CHECK(compareVersions("1.0.0-beta", "1.0.0") > 0);
    CHECK(compareVersions("01.2", "1.2") == 0);
}

TEST_CASE("a different course with the same folder name is refused, not replaced",
          "[content][package][install]") {
    Kiosk kiosk;
    REQUIRE(installPackage(kiosk.package("1.0.0"), kiosk.data, InstallOptions{}));
    PackageDraft other;
    other.signer = kiosk.publisher;
    other.course["id"] = "https://pelatihan.example.go.id/course/pelayanan-prima";
    other.course["version"] = "9.0.0";
    other.write(kiosk.dir / "other.pelita");
    auto refused = installPackage(kiosk.dir / "other.pelita", kiosk.data, InstallOptions{});
    REQUIRE_FALSE(refused);
    CHECK_THAT(describe(refused.error()), Catch::Contains("holds another course"));
    CHECK(loadInstalledCourses(kiosk.data).courses[0].iri ==
          "https://pelita.sawahluntokota.go.id/course/pelayanan-prima");
}

TEST_CASE("a replaced version is kept for the attempts begun on it, until pruned",
          "[content][package][install][versions]") {
    Kiosk kiosk;
    REQUIRE(installPackage(kiosk.package("1.0.0", "a.pelita"), kiosk.data, InstallOptions{}));
    REQUIRE(installPackage(kiosk.package("1.1.0", "b.pelita"), kiosk.data, InstallOptions{}));
    const std::string iri = loadInstalledCourses(kiosk.data).courses.at(0).iri;

    // The library shows only the new version; the old one is still loadable.
    const auto library = loadInstalledCourses(kiosk.data);
    REQUIRE(library.courses.size() == 1);
    CHECK(library.courses[0].version == "1.1.0");
    auto old = loadCourseVersion(kiosk.data, iri, "1.0.0");
    INFO((old ? "" : old.error().describe()));
    REQUIRE(old);
    CHECK(old->version == "1.0.0");
    CHECK(old->modules[0].quizzes[0].questions.size() == 8);
    auto current = loadCourseVersion(kiosk.data, iri, "1.1.0");
    REQUIRE(current);
    CHECK(current->root == kiosk.data / "courses" / "pelayanan-prima");
    CHECK_FALSE(loadCourseVersion(kiosk.data, iri, "0.9.0"));

    // While an attempt still needs 1.0.0 it stays; then it goes.
    CHECK(prunePreviousVersions(kiosk.data, {{iri, "1.0.0"}}) == 0);
    CHECK(loadCourseVersion(kiosk.data, iri, "1.0.0"));
    CHECK(prunePreviousVersions(kiosk.data, {}) == 1);
    auto gone = loadCourseVersion(kiosk.data, iri, "1.0.0");
    REQUIRE_FALSE(gone);
    CHECK_THAT(gone.error().message, Catch::Contains("no longer on this kiosk"));
    CHECK_FALSE(fs::exists(kiosk.data / "previous-versions" / "pelayanan-prima"));
}

TEST_CASE("an install cut short after its renames keeps the old copy as a previous version",
          "[content][package][install][versions]") {
    Kiosk kiosk;
    REQUIRE(installPackage(kiosk.package("1.0.0", "a.pelita"), kiosk.data, InstallOptions{}));
    const auto courses = kiosk.data / "courses";
    // A kill after both renames, before the old copy was moved on.
    fs::copy(courses / "pelayanan-prima", courses / ".retired.789.pelayanan-prima", fs::copy_options::recursive);
    REQUIRE(installPackage(kiosk.package("2.0.0", "b.pelita"), kiosk.data, InstallOptions{}));
    const auto library = loadInstalledCourses(kiosk.data);
    REQUIRE(library.courses.size() == 1);
    CHECK(library.courses[0].version == "2.0.0");
    CHECK(kiosk.dotFolders().empty());
    CHECK(loadCourseVersion(kiosk.data, library.courses[0].iri, "1.0.0"));
}
