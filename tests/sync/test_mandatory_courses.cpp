// Which mandatory (Wajib) courses apply to a learner, and the order of their home
// list: OPD, position, both or everyone; late, due, passed; installed or not.
#include "sample_course.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/mandatory_courses.h>

using namespace pelita;
using sync::WajibState;

namespace {

sync::Assignment assigned(std::int64_t id, const std::string& course, const std::string& opd,
                          const std::string& position, const std::string& due) {
    return {id, course, {{"id-ID", "Kursus " + std::to_string(id)}}, opd, position, due};
}

content::Course course(const std::string& iri) {
    content::Course c = test::sampleCourse();
    c.iri = iri;
    return c;
}

// The home list as (IRI, state) pairs, in order.
std::vector<std::pair<std::string, WajibState>> order(const std::vector<sync::HomeCourse>& list) {
    std::vector<std::pair<std::string, WajibState>> out;
    for (const auto& h : list)
        out.emplace_back(h.iri, h.state);
    return out;
}

const sync::Learner kAni{"198501012010012001", "Ani Lestari", "Bagian Umum", "Analis Kebijakan",
                         "Sekretariat Daerah"};

} // namespace

TEST_CASE("an assignment applies by OPD, by position, by both, or to everyone", "[sync][wajib]") {
    CHECK(sync::assignmentApplies(assigned(1, "c", "", "", "2026-12-31"), kAni));
    CHECK(sync::assignmentApplies(assigned(1, "c", "Sekretariat Daerah", "", "2026-12-31"), kAni));
    CHECK(sync::assignmentApplies(assigned(1, "c", "", "Analis Kebijakan", "2026-12-31"), kAni));
    CHECK(sync::assignmentApplies(assigned(1, "c", "Sekretariat Daerah", "Analis Kebijakan", "2026-12-31"),
                                  kAni));
    // Names as typed: case and spaces at the ends do not matter; anything else does.
    CHECK(sync::assignmentApplies(
        assigned(1, "c", "  sekretariat DAERAH ", " analis kebijakan", "2026-12-31"), kAni));
    CHECK_FALSE(sync::assignmentApplies(assigned(1, "c", "Dinas Kesehatan", "", "2026-12-31"), kAni));
    CHECK_FALSE(sync::assignmentApplies(assigned(1, "c", "", "Pranata Komputer", "2026-12-31"), kAni));
    CHECK_FALSE(sync::assignmentApplies(
        assigned(1, "c", "Sekretariat Daerah", "Pranata Komputer", "2026-12-31"), kAni));
    CHECK_FALSE(sync::assignmentApplies(assigned(1, "c", "Sekretariat", "", "2026-12-31"), kAni));
    // The unit is a part of the OPD, not the OPD.
    CHECK_FALSE(sync::assignmentApplies(assigned(1, "c", "Bagian Umum", "", "2026-12-31"), kAni));

    SECTION("a learner who enrolled on the kiosk has the OPD / unit they typed") {
        const sync::Learner enrolled{"199002152015032002", "Rina", "Dinas Kesehatan", ""};
        CHECK(sync::learnerOpd(enrolled) == "Dinas Kesehatan");
        CHECK(sync::assignmentApplies(assigned(1, "c", "dinas kesehatan", "", "2026-12-31"), enrolled));
        CHECK_FALSE(
            sync::assignmentApplies(assigned(1, "c", "", "Analis Kebijakan", "2026-12-31"), enrolled));
    }
}

TEST_CASE("the home list puts the learner's mandatory courses first, by due date, passed ones last",
          "[sync][wajib]") {
    const std::vector<content::Course> installed{course("https://e.go.id/a"), course("https://e.go.id/b"),
                                                 course("https://e.go.id/c"), course("https://e.go.id/d")};
    const std::vector<sync::Assignment> assignments{
        assigned(1, "https://e.go.id/c", "Sekretariat Daerah", "", "2027-03-01"),
        assigned(2, "https://e.go.id/b", "", "Analis Kebijakan", "2026-11-27"),
        assigned(3, "https://e.go.id/d", "Dinas Kesehatan", "", "2026-01-01"), // not Ani's OPD
        assigned(4, "https://e.go.id/new", "", "", "2026-12-31"),              // not on this kiosk yet
        assigned(5, "https://e.go.id/a", "", "", "2026-06-30"),
    };
    const auto list = sync::homeCourses(installed, assignments, kAni, {"https://e.go.id/a"}, "2026-11-28");
    using P = std::pair<std::string, WajibState>;
    CHECK(order(list) == std::vector<P>{{"https://e.go.id/b", WajibState::Overdue},
                                        {"https://e.go.id/new", WajibState::Due},
                                        {"https://e.go.id/c", WajibState::Due},
                                        {"https://e.go.id/a", WajibState::Passed},
                                        {"https://e.go.id/d", WajibState::NotMandatory}});
    CHECK(list[0].course == &installed[1]);
    CHECK(list[1].course == nullptr);
    CHECK(list[1].wajib->title.at("id-ID") == "Kursus 4");
    CHECK(list[4].course == &installed[3]);
    CHECK_FALSE(list[4].wajib);

    SECTION("a course due today is not late yet; the day after it is") {
        const std::set<std::string> passed{"https://e.go.id/a"}; // due in June: would come first
        CHECK(sync::homeCourses(installed, assignments, kAni, passed, "2026-11-27")[0].state == WajibState::Due);
        CHECK(sync::homeCourses(installed, assignments, kAni, passed, "2026-11-28")[0].state ==
              WajibState::Overdue);
    }
    SECTION("a passed course is never late") {
        const auto passed =
            sync::homeCourses(installed, assignments, kAni, {"https://e.go.id/b"}, "2027-12-31");
        CHECK(passed.back().state == WajibState::NotMandatory);
        CHECK(passed[3].iri == "https://e.go.id/b");
        CHECK(passed[3].state == WajibState::Passed);
    }
}

TEST_CASE("a course assigned twice to a learner is listed once, with the sooner date", "[sync][wajib]") {
    const std::vector<content::Course> installed{course("https://e.go.id/a")};
    const std::vector<sync::Assignment> assignments{
        assigned(1, "https://e.go.id/a", "Sekretariat Daerah", "", "2027-03-01"),
        assigned(2, "https://e.go.id/a", "", "Analis Kebijakan", "2026-12-31")};
    const auto list = sync::homeCourses(installed, assignments, kAni, {}, "2026-11-28");
    REQUIRE(list.size() == 1);
    CHECK(list[0].wajib->id == 2);
    CHECK(list[0].wajib->due == "2026-12-31");
}

TEST_CASE("with no assignment for the learner, the home list is the installed courses in order",
          "[sync][wajib]") {
    const std::vector<content::Course> installed{course("https://e.go.id/b"), course("https://e.go.id/a")};
    const auto list = sync::homeCourses(
        installed, {assigned(1, "https://e.go.id/a", "Setda", "", "2026-12-31")}, kAni, {}, "2026-11-28");
    using P = std::pair<std::string, WajibState>;
    CHECK(order(list) == std::vector<P>{{"https://e.go.id/b", WajibState::NotMandatory},
                                        {"https://e.go.id/a", WajibState::NotMandatory}});
    CHECK(sync::homeCourses({}, {}, kAni, {}, "2026-11-28").empty());
}

TEST_CASE("due dates are real calendar dates", "[sync][wajib]") {
    const auto d = sync::parseIsoDate("2026-12-31");
    REQUIRE(d);
    CHECK(d->year == 2026);
    CHECK(d->month == 12);
    CHECK(d->day == 31);
    CHECK(sync::parseIsoDate("2028-02-29"));
    for (const char* bad : {"2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-01", "31-12-2026",
                            "2026/12/31", "", "2026-12-3a"})
        CHECK_FALSE(sync::parseIsoDate(bad));
    CHECK(sync::localIsoDate(sync::nowMs()).size() == 10);
    CHECK(sync::parseIsoDate(sync::localIsoDate(0)));
}
