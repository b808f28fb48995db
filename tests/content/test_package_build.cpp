// Building and signing packages from a course source folder, and publisher keys.
#include <pelita/content/package_builder.h>
#include <pelita/content/package_verifier.h>

#include "../support/temp_dir.h"
#include "test_package_craft.h"

using namespace pelita::content;
using pelita::test::TempDir;
namespace fs = std::filesystem;

namespace {

// A copy of the demo course that a test may change.
struct CourseCopy {
    TempDir dir;
    fs::path source = dir / "course";
    CourseCopy() { fs::copy(pelita::test::kDemoCourse, source, fs::copy_options::recursive); }
    void appendToLesson(const std::string& markdown) const {
        std::ofstream(source / "lessons/01-asas-pelayanan.md", std::ios::app) << markdown;
    }
    int lessonLines() const {
        const auto text = pelita::test::readBytes(source / "lessons/01-asas-pelayanan.md");
        return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    }
};

struct StoredEntry {
    std::string name;
    bool stored;
};

std::vector<StoredEntry> zipEntries(const fs::path& package) {
    int code = 0;
    zip_t* z = zip_open(package.string().c_str(), ZIP_RDONLY, &code);
    REQUIRE(z);
    std::vector<StoredEntry> out;
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
        out.push_back({st.name, st.comp_method == ZIP_CM_STORE});
    }
    zip_discard(z);
    return out;
}

} // namespace

TEST_CASE("the demo course builds into a package that verifies against its key",
          "[content][package][build]") {
    CourseCopy course;
    const auto key = generateKey("pelatih");
    auto built = buildPackage(course.source, course.dir / "demo.pelita", key);
    INFO((built ? "" : built.error().describe()));
    REQUIRE(built);
    CHECK(built->files.size() == 4); // two lessons, a picture, a quiz
    CHECK(built->lessons == 2);
    CHECK(built->quizzes == 1);
    VerifyOptions options;
    options.trusted.push_back(key.publicKey);
    const auto check = verifyPackage(course.dir / "demo.pelita", options);
    CHECK(check.ok());
    CHECK(check.signature == SignatureState::Trusted);
    options.trusted.clear();
    CHECK_FALSE(verifyPackage(course.dir / "demo.pelita", options).ok());
}

TEST_CASE("images are packed stored, text deflated, and unused files left out", "[content][package][build]") {
    CourseCopy course;
    fs::create_directories(course.source / "media");
    std::ofstream(course.source / "media/foto.jpg", std::ios::binary) << std::string(5000, 'x');
    std::ofstream(course.source / "catatan-pribadi.txt") << "not for learners";
    course.appendToLesson("\n![Kantor](../media/foto.jpg)\n");
    auto built = buildPackage(course.source, course.dir / "c.pelita", std::nullopt);
    INFO((built ? "" : built.error().describe()));
    REQUIRE(built);
    bool sawImage = false;
    for (const auto& e : zipEntries(course.dir / "c.pelita")) {
        CHECK(e.name != "catatan-pribadi.txt");
        if (e.name == "media/foto.jpg") sawImage = e.stored;
        if (e.name.size() > 3 && e.name.substr(e.name.size() - 3) == ".md") CHECK_FALSE(e.stored);
    }
    CHECK(sawImage);
}

TEST_CASE("a lesson linking a missing file fails the build with file and line", "[content][package][build]") {
    CourseCopy course;
    const int line = course.lessonLines() + 2;
    course.appendToLesson("\nLihat ![bagan](gambar/bagan.png) di atas.\n");
    auto built = buildPackage(course.source, course.dir / "c.pelita", std::nullopt);
    REQUIRE_FALSE(built);
    CHECK(built.error().describe() == "lessons/01-asas-pelayanan.md:" + std::to_string(line) +
                                          ": image \"lessons/gambar/bagan.png\" does not exist");
    CHECK_FALSE(fs::exists(course.dir / "c.pelita"));

    CourseCopy escaping;
    escaping.appendToLesson("\n[rahasia](../../rahasia.md)\n");
    auto refused = buildPackage(escaping.source, escaping.dir / "c.pelita", std::nullopt);
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.error().describe(), Catch::Contains("is outside the course folder"));
}

TEST_CASE("web links and anchors are not files to pack", "[content][package][build]") {
    CourseCopy course;
    course.appendToLesson("\n[UU](https://peraturan.go.id/uu-25-2009) [atas](#asas) www.menpan.go.id\n");
    CHECK(buildPackage(course.source, course.dir / "c.pelita", std::nullopt));
}

TEST_CASE("a broken course is refused before anything is written", "[content][package][build]") {
    CourseCopy course;
    std::ofstream(course.source / "quizzes/kuis-pelayanan-prima.json", std::ios::trunc)
        << "{\"questions\": [";
    auto built = buildPackage(course.source, course.dir / "c.pelita", std::nullopt);
    REQUIRE_FALSE(built);
    CHECK_THAT(built.error().describe(),
               Catch::StartsWith("quizzes/kuis-pelayanan-prima.json:1: is not valid JSON"));
    CHECK_FALSE(fs::exists(course.dir / "c.pelita"));
}

TEST_CASE("signing an unsigned package makes it verify; re-signing replaces the signature",
          "[content][package][build]") {
    CourseCopy course;
    REQUIRE(buildPackage(course.source, course.dir / "c.pelita", std::nullopt));
    const auto first = generateKey("pertama"), second = generateKey("kedua");
    VerifyOptions options;
    options.trusted.push_back(second.publicKey);
    CHECK_FALSE(verifyPackage(course.dir / "c.pelita", options).ok());
    REQUIRE(signPackage(course.dir / "c.pelita", first));
    REQUIRE(signPackage(course.dir / "c.pelita", second));
    const auto check = verifyPackage(course.dir / "c.pelita", options);
    CHECK(check.ok());
    CHECK(check.signerKeyId == second.publicKey.keyId());
    int signatures = 0;
    for (const auto& e : zipEntries(course.dir / "c.pelita"))
        signatures += e.name == "signature";
    CHECK(signatures == 1);
}

TEST_CASE("publisher keys round-trip through their files; the secret one is private",
          "[content][package][keys]") {
    TempDir dir;
    const auto key = generateKey("bkpsdm");
    REQUIRE(writeSecretKey(key, dir / "bkpsdm.key"));
    REQUIRE(writePublicKey(key.publicKey, dir / "bkpsdm.pub"));
    CHECK((fs::status(dir / "bkpsdm.key").permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    auto secret = readSecretKey(dir / "bkpsdm.key");
    auto pub = readPublicKey(dir / "bkpsdm.pub");
    REQUIRE(secret);
    REQUIRE(pub);
    CHECK(secret->bytes == key.bytes);
    CHECK(pub->bytes == key.publicKey.bytes);
    CHECK(pub->name == "bkpsdm");
    CHECK(pub->keyId().size() == 16);
    CHECK_FALSE(writeSecretKey(generateKey("lain"), dir / "bkpsdm.key"));
    CHECK(readSecretKey(dir / "bkpsdm.key")->bytes == key.bytes);
    CHECK_FALSE(readPublicKey(dir / "bkpsdm.key"));
    dir.write("trusted/bad.pub", "{}");
    REQUIRE(writePublicKey(key.publicKey, dir / "trusted/bkpsdm.pub"));
    const auto trusted = loadTrustedKeys(dir / "trusted");
    CHECK(trusted.keys.size() == 1);
    REQUIRE(trusted.problems.size() == 1);
    CHECK_THAT(trusted.problems[0].describe(), Catch::Contains("bad.pub: is not a Pelita public key"));
}
