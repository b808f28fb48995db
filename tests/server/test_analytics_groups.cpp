// The training-needs sums per OPD and position (analytics/group_sums.h) follow
// the roster: learners who move OPD or position, leave or join, whether the
// roster is the real table (SQLite) or the dashboard's copy (PostgreSQL), and
// through voiding and an upgrade from analytics schema 3. The truth each time
// is a fresh store that folds the same statements under the final roster.
#include <catch2/catch.hpp>
#include <sodium.h>

#include "analytics/dashboard_store.h"
#include "pelita_sqlite_store.h"
#include "server_database.h"
#include "support/temp_dir.h"
#include "test_analytics_statements.h"

using namespace pelita::server::analytics;
using namespace pelita::test::analytics;
using pelita::server::RosterEntry;
using pelita::test::TempDir;
using nlohmann::json;

namespace {

// A and X in Setda, B moved to Dinas Pendidikan as a Guru; D (Dinas
// Pendidikan, not on this list) leaves the roster.
const std::vector<RosterEntry> kMoved = {{kA, "Ani Lestari", "Setda", "Bagian Umum", "Analis", ""},
                                         {kB, "Budi Santoso", "Dinas Pendidikan", "Sekretariat", "Guru", ""},
                                         {kX, "Xaverius", "Setda", "Bagian Umum", "Pengelola", ""}};

std::unique_ptr<DashboardStore> openStore(const TempDir& dir) {
    auto opened = DashboardStore::open(dir.path());
    REQUIRE(opened);
    return std::move(opened).value();
}

void replaceRoster(const TempDir& dir, const std::vector<RosterEntry>& entries) {
    auto db = pelita::server::openServerDatabase(dir.path().string());
    REQUIRE(db);
    pelita::server::SqlitePelitaStore roster(std::move(db).value());
    REQUIRE(roster.replaceRoster(entries));
}

// "group | topic | correct/answers" for every row, in the store's order.
std::vector<std::string> needs(DashboardStore& store, GroupBy by) {
    auto rows = store.trainingNeeds(by);
    REQUIRE(rows);
    std::vector<std::string> out;
    for (const auto& r : *rows)
        out.push_back(r.group + " | " + r.topic + " | " + std::to_string(r.correct) + "/" + std::to_string(r.answers));
    return out;
}

// The figures a store that folded `statements` under `roster` from the start shows.
std::pair<std::vector<std::string>, std::vector<std::string>> truth(const std::vector<RosterEntry>& roster,
                                                                    const std::vector<json>& statements) {
    TempDir dir;
    replaceRoster(dir, roster);
    auto store = openStore(dir);
    REQUIRE(store->fold(statements));
    return {needs(*store, GroupBy::Opd), needs(*store, GroupBy::Position)};
}

void checkAgainstTruth(DashboardStore& store, const std::vector<RosterEntry>& roster, const std::vector<json>& statements) {
    const auto [byOpd, byPosition] = truth(roster, statements);
    CHECK(needs(store, GroupBy::Opd) == byOpd);
    CHECK(needs(store, GroupBy::Position) == byPosition);
}

// One of `nip`'s scored answers in the fixture.
std::string answerOf(const std::string& nip) {
    for (const auto& s : fixtureStatements())
        if (s["verb"]["id"].get<std::string>().ends_with("/answered") && s["actor"]["account"]["name"] == nip &&
            s["result"].contains("success"))
            return s["id"];
    FAIL("the fixture has no scored answer by " << nip);
    throw;
}

bool has(const std::vector<std::string>& rows, const std::string& prefix) {
    for (const auto& row : rows)
        if (row.rfind(prefix, 0) == 0) return true;
    return false;
}

} // namespace

TEST_CASE("training needs follow learners who move, leave and join the roster", "[server][analytics]") {
    TempDir dir;
    writeRoster(dir.path().string());
    auto store = openStore(dir);
    auto statements = fixtureStatements();
    REQUIRE(store->fold(statements));
    // Before: Setda is A 3/3 + B 3/6; X, off the roster, is the unknown OPD.
    CHECK(has(needs(*store, GroupBy::Opd), "Setda | " + kModule + " | 6/9"));

    replaceRoster(dir, kMoved);
    const auto byOpd = needs(*store, GroupBy::Opd);
    CHECK(has(byOpd, "Setda | " + kModule + " | 5/6"));            // A 3/3 + X 2/3
    CHECK(has(byOpd, "Dinas Pendidikan | " + kModule + " | 3/6")); // B alone; D left
    CHECK(has(byOpd, " | " + kModule + " | 1/3"));                 // D, now off the roster
    checkAgainstTruth(*store, kMoved, statements);

    // An answer voided after its learner moved is taken from the new group.
    statements.push_back(voiding("00000000-0000-4000-8000-00000000f001", answerOf(kB)));
    REQUIRE(store->fold({statements.back()}));
    checkAgainstTruth(*store, kMoved, statements);

    // The same list again changes nothing.
    replaceRoster(dir, kMoved);
    checkAgainstTruth(*store, kMoved, statements);
}

TEST_CASE("training needs follow the dashboard's copy of the roster (PostgreSQL's path)", "[server][analytics]") {
    REQUIRE(sodium_init() >= 0);
    TempDir data, files;
    auto opened = DashboardStore::openBeside(files.path() / "dashboard.db", openSqliteStatementSource(data.path()));
    REQUIRE(opened);
    auto& store = **opened;
    const std::vector<RosterEntry> first = {{kA, "Ani Lestari", "Setda", "Bagian Umum", "Analis", ""},
                                            {kB, "Budi Santoso", "Setda", "Bagian Umum", "Pengelola", ""},
                                            {kD, "Dewi Sartika", "Dinas Pendidikan", "Sekretariat", "Guru", ""}};
    REQUIRE(store.mirrorPelita({first, {}}));
    const auto statements = fixtureStatements();
    REQUIRE(store.fold(statements));
    checkAgainstTruth(store, first, statements);
    REQUIRE(store.mirrorPelita({kMoved, {}}));
    checkAgainstTruth(store, kMoved, statements);
    REQUIRE(store.mirrorPelita({{}, {}})); // everyone leaves
    checkAgainstTruth(store, {}, statements);
    REQUIRE(store.mirrorPelita({first, {}}));
    checkAgainstTruth(store, first, statements);
}

TEST_CASE("a dashboard of analytics schema 3 gets its group sums on upgrade", "[server][analytics]") {
    TempDir dir;
    writeRoster(dir.path().string());
    const auto statements = fixtureStatements();
    std::vector<std::string> before;
    {
        auto store = openStore(dir);
        REQUIRE(store->fold(statements));
        before = needs(*store, GroupBy::Opd);
    }
    {
        // Schema 3 had neither the group sums nor the triggers.
        auto db = pelita::server::openServerDatabase(dir.path().string());
        REQUIRE(db);
        (*db)->exec("DROP TRIGGER analytics_roster_joined; DROP TRIGGER analytics_roster_left;"
                    " DROP TRIGGER analytics_roster_moved; DROP TABLE analytics_group_topics;"
                    " UPDATE analytics_schema SET version = 3");
    }
    auto store = openStore(dir);
    CHECK(needs(*store, GroupBy::Opd) == before);
    replaceRoster(dir, kMoved); // and the triggers are back
    checkAgainstTruth(*store, kMoved, statements);
}
