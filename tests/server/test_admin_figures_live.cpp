// The figure pages while the records change under them, on whichever backend
// the suite runs (on PostgreSQL the figures are a SQLite cache in the files
// directory, with a copy of the roster): a replaced roster reaches the pages,
// and statements the dashboard has not folded yet are announced, not hidden.
#include <catch2/catch.hpp>

#include "server_database.h"
#include "sqlite_statement_store.h"
#include "statement_ingest.h"
#include "storage.h"
#include "test_admin_figures.h"
#include "test_analytics_statements.h"

using nlohmann::json;
using namespace pelita::test;
namespace fixture = pelita::test::analytics;

namespace {

// Stores the fixture behind the running server's back, the way another
// process on the same records would (`import-bundle`, a second server on the
// same PostgreSQL): the server's feed is not told, so only its periodic
// re-check (a minute) would fold them.
void storeBehindTheServer(const RunningLrs& lrs) {
    const json authority = {{"objectType", "Agent"}, {"name", "Kios"},
                            {"account", {{"homePage", "https://pelita.example/"}, {"name", "k1"}}}};
    auto prepared = pelita::server::prepareStatements(json(fixture::fixtureStatements()), false, authority);
    REQUIRE(prepared);
    if (testingPostgres()) {
        // Without a files directory, storage has no dashboard feed.
        auto storage = pelita::server::openStorage(storageLocationFor(lrs.dataDir));
        REQUIRE(storage);
        REQUIRE_FALSE(storage->dashboardFeed);
        REQUIRE(storage->statements->storeAll(*prepared, {}));
    } else {
        auto db = pelita::server::openServerDatabase(lrs.dataDir);
        REQUIRE(db);
        pelita::server::SqliteStatementStore raw(std::move(db).value());
        REQUIRE(raw.storeAll(*prepared, {}));
    }
}

} // namespace

TEST_CASE("a replaced roster reaches the figure pages", "[server][pelita][admin]") {
    AdminDesk desk;
    putRoster(desk, fixture::rosterBody());
    REQUIRE(desk.s.lrs.post(json(fixture::fixtureStatements()))->status == 200);
    catchUp(desk);
    auto admin = desk.admin();
    auto setda = ok(admin, "/admin/jp/opd?name=Setda&year=2026");
    CHECK(has(setda, "Ani Lestari"));
    CHECK(has(setda, "Budi Santoso"));

    // Ani marries and moves to the Dinas Pendidikan; Setda's roster is sent
    // without her, the Dinas's with her.
    auto moved = fixture::rosterBody();
    moved[0]["name"] = "Ani Rahmawati";
    moved[0]["opd"] = "Dinas Pendidikan";
    moved[0]["position"] = "Guru";
    putRoster(desk, moved);
    catchUp(desk);
    setda = ok(admin, "/admin/jp/opd?name=Setda&year=2026");
    CHECK_FALSE(has(setda, "Ani"));
    CHECK(has(setda, "Budi Santoso"));
    auto dinas = ok(admin, "/admin/jp/opd?name=Dinas%20Pendidikan&year=2026");
    CHECK(has(dinas, "Ani Rahmawati"));
    CHECK(has(dinas, "<td data-label=\"JP\">22</td>")); // her JP went with her
    auto learner = ok(admin, "/admin/learner?nip=" + fixture::kA);
    CHECK(has(learner, "Ani Rahmawati"));
}

TEST_CASE("figure pages say how many statements they do not include yet", "[server][pelita][admin]") {
    AdminDesk desk;
    putRoster(desk, fixture::rosterBody());
    catchUp(desk);
    auto admin = desk.admin();
    CHECK_FALSE(has(ok(admin, "/admin/courses"), "belum mencakup"));

    storeBehindTheServer(desk.s.lrs);
    const auto count = std::to_string(fixture::fixtureStatements().size());
    auto behind = ok(admin, "/admin/courses");
    CHECK(has(behind, "belum mencakup " + count + " pernyataan terbaru"));
    CHECK(has(behind, "class=\"notice info\""));
    CHECK_FALSE(has(behind, "Etika ASN")); // not folded, so not shown as if complete
    // Exports are data, not pages: no note in them.
    CHECK_FALSE(has(ok(admin, "/admin/courses.csv"), "belum mencakup"));

    catchUp(desk);
    auto current = ok(admin, "/admin/courses");
    CHECK_FALSE(has(current, "belum mencakup"));
    CHECK(has(current, "Etika ASN"));
}
