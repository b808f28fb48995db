// The dashboard's watermark: statements stored while nothing was folding
// (a crash between the store's commit and the fold, a power cut, another
// process writing the data dir) are folded when the server next starts, and
// catching up moves exactly past what it folded.
#include <catch2/catch.hpp>

#include <algorithm>

#include <sodium.h>

#include "analytics/analytics_feed.h"
#include "analytics/dashboard_store.h"
#include "server_database.h"
#include "sqlite_statement_store.h"
#include "statement_ingest.h"
#include "storage.h"
#include "support/temp_dir.h"
#include "test_analytics_statements.h"

using namespace pelita::server;
using namespace pelita::server::analytics;
using namespace pelita::test::analytics;
using pelita::test::TempDir;

namespace {

// Stores the fixture straight into server.db, with no dashboard feed: what
// the disk holds when the server died after committing and before folding.
std::size_t storeWithoutFolding(const TempDir& dir) {
    auto db = openServerDatabase(dir.path());
    REQUIRE(db);
    SqliteStatementStore raw(std::move(db).value());
    const nlohmann::json authority = {{"objectType", "Agent"}, {"name", "Kios"},
                                      {"account", {{"homePage", "https://pelita.example/"}, {"name", "k1"}}}};
    auto statements = fixtureStatements();
    auto prepared = prepareStatements(nlohmann::json(statements), false, authority);
    REQUIRE(prepared);
    REQUIRE(raw.storeAll(*prepared, {}));
    return statements.size();
}

int passedCount(DashboardStore& store) {
    auto courses = store.courses();
    REQUIRE(courses);
    REQUIRE_FALSE(courses->empty());
    return courses->at(0).passed;
}

} // namespace

TEST_CASE("statements stored but never folded are folded when the server starts again", "[server][analytics]") {
    REQUIRE(sodium_init() >= 0);
    TempDir dir;
    writeRoster(dir.path().string());
    storeWithoutFolding(dir);

    auto storage = openStorage(dir.path().string());
    REQUIRE(storage);
    REQUIRE(storage->dashboardFeed->drain());
    auto unfolded = storage->dashboard->unfolded();
    REQUIRE(unfolded);
    CHECK(*unfolded == 0);
    CHECK(passedCount(*storage->dashboard) == 3); // the fixture's three passes
}

TEST_CASE("catching up folds in chunks and moves the watermark past each one", "[server][analytics]") {
    REQUIRE(sodium_init() >= 0);
    TempDir dir;
    writeRoster(dir.path().string());
    const auto stored = static_cast<std::int64_t>(storeWithoutFolding(dir));
    REQUIRE(stored > 3);

    auto opened = DashboardStore::open(dir.path());
    REQUIRE(opened);
    auto& store = **opened;
    CHECK(*store.unfolded() == stored);

    auto first = store.catchUp(3, 1);
    REQUIRE(first);
    CHECK(*first == 3);
    CHECK(*store.unfolded() == stored - 3);

    auto rest = store.catchUp(3);
    REQUIRE(rest);
    CHECK(*rest == stored - 3);
    CHECK(*store.unfolded() == 0);
    const int passed = passedCount(store);
    CHECK(passed == 3);

    auto again = store.catchUp();
    REQUIRE(again);
    CHECK(*again == 0);

    // A rebuild starts the watermark over and ends at the same place.
    auto rebuilt = store.rebuild(4);
    REQUIRE(rebuilt);
    CHECK(*rebuilt == stored);
    CHECK(*store.unfolded() == 0);
    CHECK(passedCount(store) == passed);
}

TEST_CASE("a feed that is stopped mid-way leaves the rest for the next start", "[server][analytics]") {
    REQUIRE(sodium_init() >= 0);
    TempDir dir;
    writeRoster(dir.path().string());
    const auto stored = static_cast<std::int64_t>(storeWithoutFolding(dir));
    {
        auto opened = DashboardStore::open(dir.path());
        REQUIRE(opened);
        // Half folded, as if the server stopped after some chunks.
        REQUIRE(*(*opened)->catchUp(2, 2) == 4);
        CHECK(*(*opened)->unfolded() == stored - 4);
    }
    auto opened = DashboardStore::open(dir.path());
    REQUIRE(opened);
    std::shared_ptr<DashboardStore> store = std::move(opened).value();
    AnalyticsFeed feed(store);
    REQUIRE(feed.drain());
    CHECK(*store->unfolded() == 0);
    CHECK(passedCount(*store) == 3);
}

TEST_CASE("a dashboard cache beside another database folds it, and starts over for a different one",
          "[server][analytics]") {
    // openBeside() is what PostgreSQL uses; two SQLite data dirs stand in for
    // two databases here, so the case needs no PostgreSQL of its own.
    REQUIRE(sodium_init() >= 0);
    TempDir first, second, files;
    const auto stored = static_cast<std::int64_t>(storeWithoutFolding(first));
    const auto cache = files.path() / "dashboard.db";
    const std::vector<pelita::server::RosterEntry> roster = {
        {kA, "Ani Lestari", "Setda", "Bagian Umum", "Analis"}, {kB, "Budi Santoso", "Setda", "Bagian Umum", "Pengelola"}};
    {
        auto opened = DashboardStore::openBeside(cache, openSqliteStatementSource(first.path()));
        REQUIRE(opened);
        auto& store = **opened;
        CHECK(store.mirrorsPelita());
        REQUIRE(store.mirrorPelita({roster, {}}));
        CHECK(*store.unfolded() == stored);
        REQUIRE(*store.catchUp() == stored);
        CHECK(passedCount(store) == 3);
        auto jp = store.jpCompliance(2026);
        REQUIRE(jp);
        // The copied roster is joined: Setda's two learners by name.
        const auto setda = std::find_if(jp->opds.begin(), jp->opds.end(), [](const auto& o) { return o.opd == "Setda"; });
        REQUIRE(setda != jp->opds.end());
        CHECK(setda->people.size() == 2);
    }
    {
        // Reopened on the same database: the watermark holds, nothing is folded twice.
        auto opened = DashboardStore::openBeside(cache, openSqliteStatementSource(first.path()));
        REQUIRE(opened);
        CHECK(*(*opened)->unfolded() == 0);
        CHECK(*(*opened)->catchUp() == 0);
        CHECK(passedCount(**opened) == 3);
    }
    // Pointed at another database (nothing stored): the old figures must not
    // pass for this one's.
    auto opened = DashboardStore::openBeside(cache, openSqliteStatementSource(second.path()));
    REQUIRE(opened);
    auto courses = (*opened)->courses();
    REQUIRE(courses);
    CHECK(courses->empty());
    auto jp = (*opened)->jpCompliance(2026);
    REQUIRE(jp);
    CHECK(jp->opds.empty()); // the roster copy went too, until the feed copies the new one
}

TEST_CASE("the real roster of a data directory is never replaced by a copy", "[server][analytics]") {
    REQUIRE(sodium_init() >= 0);
    TempDir dir;
    writeRoster(dir.path().string());
    auto opened = DashboardStore::open(dir.path());
    REQUIRE(opened);
    CHECK_FALSE((*opened)->mirrorsPelita());
    REQUIRE((*opened)->mirrorPelita({}));
    auto db = openServerDatabase(dir.path());
    REQUIRE(db);
    Statement count(**db, "SELECT count(*) FROM pelita_roster");
    REQUIRE(count.step());
    CHECK(count.columnInt(0) == 3);
}
