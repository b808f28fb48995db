#include <pelita/content/course_library.h>

#include "../support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace pelita::content;
using pelita::test::TempDir;

static const std::filesystem::path kDemo = std::filesystem::path(PELITA_SOURCE_DIR) / "assets/demo-course";

TEST_CASE("installing the demo course puts it in the kiosk library", "[content][library]") {
    TempDir data;
    auto installed = installCourseFolder(kDemo, data.path());
    INFO((installed ? "" : installed.error().describe()));
    REQUIRE(installed);
    CHECK(std::filesystem::is_regular_file(data / "courses/pelayanan-prima/course.json"));
    auto library = loadInstalledCourses(data.path());
    REQUIRE(library.courses.size() == 1);
    CHECK(library.problems.empty());
    CHECK(library.courses[0].iri == installed->iri);
}

TEST_CASE("reinstalling replaces the course and leaves no staging folders", "[content][library]") {
    TempDir data;
    REQUIRE(installCourseFolder(kDemo, data.path()));
    REQUIRE(installCourseFolder(kDemo, data.path()));
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(data / "courses")) ++entries;
    CHECK(entries == 1);
    CHECK(loadInstalledCourses(data.path()).courses.size() == 1);
}

TEST_CASE("a broken course is refused and the installed one stays", "[content][library]") {
    TempDir data, broken;
    REQUIRE(installCourseFolder(kDemo, data.path()));
    std::filesystem::copy(kDemo, broken.path(), std::filesystem::copy_options::recursive);
    broken.write("quizzes/kuis-pelayanan-prima.json", "{\"questions\": [");
    auto result = installCourseFolder(broken.path(), data.path());
    REQUIRE_FALSE(result);
    CHECK_THAT(result.error().describe(), Catch::StartsWith("quizzes/kuis-pelayanan-prima.json:1: is not valid JSON"));
    auto library = loadInstalledCourses(data.path());
    REQUIRE(library.courses.size() == 1);
    CHECK(library.courses[0].modules[0].quizzes[0].questions.size() == 8);
}

TEST_CASE("a course folder damaged after install is reported, not hidden", "[content][library]") {
    TempDir data;
    REQUIRE(installCourseFolder(kDemo, data.path()));
    std::filesystem::remove(data / "courses/pelayanan-prima/lessons/02-sikap-melayani.md");
    auto library = loadInstalledCourses(data.path());
    CHECK(library.courses.empty());
    REQUIRE(library.problems.size() == 1);
    CHECK_THAT(library.problems[0].describe(), Catch::Contains("02-sikap-melayani.md\" does not exist"));
}
