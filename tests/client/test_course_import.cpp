// The trainer's course import (client/app/course_import.h): finding packages on a
// stick, progress per package and bytes, and each refusal told apart.
#include "app/course_import.h"

#include <pelita/content/course_library.h>

#include "../content/test_package_craft.h"

using namespace pelita::kiosk;
using pelita::test::PackageDraft;
namespace fs = std::filesystem;

namespace {

struct Stick : pelita::test::TrustingKiosk {
    fs::path usb = dir / "usb";
    Stick() { fs::create_directories(usb); }
    fs::path signedPackage(const std::string& name, const std::string& version = "1.0.0") {
        PackageDraft draft;
        draft.signer = publisher;
        draft.course["version"] = version;
        draft.write(usb / name);
        return usb / name;
    }
};

std::vector<ImportRefusal> refusals(const std::vector<PackageImported>& results) {
    std::vector<ImportRefusal> out;
    for (const auto& r : results) out.push_back(r.refusal);
    return out;
}

} // namespace

TEST_CASE("packages are found anywhere on a stick, course folders one level down", "[client][import]") {
    Stick stick;
    stick.signedPackage("b.pelita");
    fs::create_directories(stick.usb / "kursus/lama");
    stick.signedPackage("kursus/lama/a.PELITA");
    fs::copy(pelita::test::kDemoCourse, stick.usb / "demo", fs::copy_options::recursive);
    stick.dir.write("usb/catatan.txt", "bukan paket");
    const auto found = findCourses(stick.usb);
    REQUIRE(found.packages.size() == 2);
    CHECK(found.packages[0].filename() == "b.pelita");
    CHECK(found.packages[1].filename() == "a.PELITA");
    REQUIRE(found.folders.size() == 1);
    CHECK(found.folders[0].filename() == "demo");
    CHECK(findCourses(stick.usb / "b.pelita").packages.size() == 1);
    CHECK(findCourses(stick.dir / "nowhere").packages.empty());
}

TEST_CASE("an import reports each package's start and its bytes, then what it installed", "[client][import]") {
    Stick stick;
    stick.signedPackage("1-pelayanan.pelita");
    std::vector<ImportProgress> seen;
    ImportRun run;
    run.progress = [&](const ImportProgress& p) { seen.push_back(p); };
    const auto results = importCourses(findCourses(stick.usb), stick.data, run);
    REQUIRE(results.size() == 1);
    CHECK(results[0].refusal == ImportRefusal::None);
    CHECK(results[0].outcome == pelita::content::InstallOutcome::Installed);
    CHECK(results[0].trustedSigner);
    CHECK(results[0].signerName == "bkpsdm-test");
    CHECK_FALSE(results[0].title.get("id").empty());
    REQUIRE(seen.size() >= 2);
    CHECK(seen.front().done == 0);
    CHECK(seen.front().count == 1);
    CHECK(seen.back().total > 0);
    CHECK(seen.back().done == seen.back().total);
    for (std::size_t i = 1; i < seen.size(); ++i) CHECK(seen[i].done >= seen[i - 1].done);
    CHECK(pelita::content::loadInstalledCourses(stick.data).courses.size() == 1);

    // The same stick again: already installed, nothing refused.
    const auto again = importCourses(findCourses(stick.usb), stick.data, {});
    REQUIRE(again.size() == 1);
    CHECK(again[0].outcome == pelita::content::InstallOutcome::AlreadyInstalled);
}

TEST_CASE("each refusal is told apart, and one refusal does not stop the others", "[client][import]") {
    Stick stick;
    stick.signedPackage("5-baru.pelita", "2.0.0");
    {
        PackageDraft unsignedDraft;
        unsignedDraft.write(stick.usb / "1-unsigned.pelita");
        PackageDraft stranger;
        stranger.signer = pelita::content::generateKey("orang-lain");
        stranger.write(stick.usb / "2-untrusted.pelita");
        PackageDraft altered; // a lesson changed after the manifest was signed
        altered.signer = stick.publisher;
        const std::string manifest = altered.manifestBytes();
        altered.manifestOverride = manifest;
        altered.files[0].bytes += "\nTambahan yang tidak ditandatangani.\n";
        altered.write(stick.usb / "3-tampered-file.pelita");
        PackageDraft forged; // course.json changed after signing
        forged.signer = stick.publisher;
        forged.signatureOverride = pelita::content::signManifest(stick.publisher, forged.manifestBytes());
        forged.course["jpHours"] = 99;
        forged.write(stick.usb / "4-tampered-manifest.pelita");
        stick.dir.write("usb/6-broken.pelita", "this is not a zip");
    }
    const auto results = importCourses(findCourses(stick.usb), stick.data, {});
    REQUIRE(results.size() == 6);
    CHECK(refusals(results) == std::vector<ImportRefusal>{ImportRefusal::Unsigned, ImportRefusal::Untrusted,
                                                          ImportRefusal::Tampered, ImportRefusal::Tampered,
                                                          ImportRefusal::None, ImportRefusal::Unreadable});
    for (const auto& r : results)
        if (r.refusal != ImportRefusal::None) CHECK_FALSE(r.details.empty());

    // Now an older version of the course just installed.
    fs::remove_all(stick.usb);
    fs::create_directories(stick.usb);
    stick.signedPackage("old.pelita", "1.0.0");
    const auto older = importCourses(findCourses(stick.usb), stick.data, {});
    REQUIRE(older.size() == 1);
    CHECK(older[0].refusal == ImportRefusal::Older);
    CHECK(pelita::content::loadInstalledCourses(stick.data).courses.at(0).version == "2.0.0");
}

TEST_CASE("with unsigned packages allowed, an unsigned one installs and says so", "[client][import]") {
    Stick stick;
    PackageDraft unsignedDraft;
    unsignedDraft.write(stick.usb / "uji.pelita");
    ImportRun run;
    run.allowUnsigned = true;
    const auto results = importCourses(findCourses(stick.usb), stick.data, run);
    REQUIRE(results.size() == 1);
    CHECK(results[0].refusal == ImportRefusal::None);
    CHECK_FALSE(results[0].trustedSigner);
}

TEST_CASE("a stop asked for between packages ends the import there", "[client][import]") {
    Stick stick;
    stick.signedPackage("a.pelita");
    stick.signedPackage("b.pelita");
    int started = 0;
    ImportRun run;
    run.progress = [&](const ImportProgress& p) { started += p.done == 0 && p.total == 0 ? 1 : 0; };
    run.stopRequested = [&] { return started >= 1; };
    const auto results = importCourses(findCourses(stick.usb), stick.data, run);
    CHECK(results.size() == 1);
    CHECK(started == 1);
}
