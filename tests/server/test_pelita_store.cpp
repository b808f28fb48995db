// PelitaStore's contract, on whichever backend the suite runs on (SQLite, or
// PostgreSQL in the "pg: " run): conflict rules, retries that are safe, and
// the orders the catalogue, kiosk list and roster are read in. Also the
// PostgreSQL upgrade from schema version 2 (an LRS only) to Pelita's records.
#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <sodium.h>

#include "lrs_fixture.h"
#include "pelita_context.h"
#include "pg_schema.h"

using namespace pelita::server;
using pelita::test::storageLocationFor;
using pelita::test::TempDir;

namespace {

// The store of a fresh location, made the way the server makes it.
struct FreshStore {
    TempDir dir;
    std::shared_ptr<PelitaContext> context = [&] {
        auto opened = openPelitaContext(storageLocationFor(dir.path()), dir.path());
        if (!opened) throw std::runtime_error(opened.error());
        return std::move(opened).value();
    }();
    PelitaStore& store = *context->store;
};

PublishedPackage package(const std::string& sha256, const std::string& version, const std::string& published) {
    PublishedPackage p;
    p.sha256 = sha256;
    p.courseIri = "https://pelita.example.go.id/course/etika";
    p.version = version;
    p.title = {{"id", "Etika ASN"}};
    p.published = published;
    return p;
}

} // namespace

TEST_CASE("a package is kept once; another file for the same version is a conflict", "[server][pelita][store]") {
    FreshStore s;
    REQUIRE(s.store.addPackage(package(std::string(64, 'a'), "1.0.0", "2026-01-02T00:00:00.000Z")));
    REQUIRE(s.store.addPackage(package(std::string(64, 'a'), "1.0.0", "2026-09-09T00:00:00.000Z"))); // a retry
    auto clash = s.store.addPackage(package(std::string(64, 'b'), "1.0.0", "2026-01-03T00:00:00.000Z"));
    REQUIRE_FALSE(clash);
    CHECK(clash.error().kind == PelitaStoreError::Kind::Conflict);
    CHECK(clash.error().message.find(std::string(64, 'a')) != std::string::npos);
    REQUIRE(s.store.addPackage(package(std::string(64, 'c'), "0.9.0", "2026-01-01T00:00:00.000Z")));

    auto all = s.store.packages();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].version == "0.9.0"); // oldest first
    CHECK((*all)[1].published == "2026-01-02T00:00:00.000Z"); // the retry changed nothing
    CHECK((*all)[1].title.at("id") == "Etika ASN");

    CHECK(*s.store.setWithdrawn(std::string(64, 'c'), "2026-02-01T00:00:00.000Z"));
    CHECK(s.store.package(std::string(64, 'c'))->value().withdrawn == "2026-02-01T00:00:00.000Z");
    CHECK(*s.store.setWithdrawn(std::string(64, 'c'), std::nullopt));
    CHECK_FALSE(s.store.package(std::string(64, 'c'))->value().withdrawn);
    CHECK_FALSE(*s.store.setWithdrawn(std::string(64, 'f'), std::nullopt));
    CHECK_FALSE(*s.store.package(std::string(64, 'f')));
}

TEST_CASE("a certificate id is issued by one statement only", "[server][pelita][store]") {
    FreshStore s;
    CertificateRecord c{"SRT-1", "stmt-1", "Ani", "198501012010012001", "https://x/course", {{"id", "Etika"}},
                        "2026-03-01T00:00:00.000Z", 3, 0.8};
    REQUIRE(s.store.addCertificate(c));
    REQUIRE(s.store.addCertificate(c)); // the kiosk sent it again
    auto other = c;
    other.statementId = "stmt-2";
    auto clash = s.store.addCertificate(other);
    REQUIRE_FALSE(clash);
    CHECK(clash.error().kind == PelitaStoreError::Kind::Conflict);
    auto found = s.store.certificate("SRT-1");
    REQUIRE(found);
    REQUIRE(*found);
    CHECK((*found)->statementId == "stmt-1");
    CHECK((*found)->scaledScore == Approx(0.8));
    CHECK_FALSE(*s.store.certificate("SRT-2"));
}

TEST_CASE("a roster replaces its OPDs only, moves a NIP, and reads in byte order", "[server][pelita][store]") {
    FreshStore s;
    REQUIRE(s.store.replaceRoster({{"1", "budi", "Setda", "Umum", "Analis", "III/a"},
                                   {"2", "Zaki", "Setda", "Umum", "Analis"},
                                   {"3", "Citra", "Dinas Pendidikan", "SD", "Guru"}}));
    auto setda = s.store.roster(std::string("Setda"));
    REQUIRE(setda);
    REQUIRE(setda->size() == 2);
    CHECK((*setda)[0].name == "Zaki"); // 'Z' < 'b': byte order, as SQLite sorts
    CHECK((*setda)[1].golongan == "III/a");

    // Setda is replaced whole; NIP 3 moves there from Dinas Pendidikan; a NIP
    // listed twice keeps its later line.
    REQUIRE(s.store.replaceRoster({{"3", "Citra", "Setda", "Umum", "Kepala"},
                                   {"4", "Dewi", "Setda", "Umum", "Analis"},
                                   {"4", "Dewi Sartika", "Setda", "Umum", "Analis"}}));
    auto all = s.store.roster(std::nullopt);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].nip == "3");
    CHECK((*all)[1].name == "Dewi Sartika");
    CHECK(s.store.learner("3")->value().position == "Kepala");
    CHECK_FALSE(*s.store.learner("1"));
    CHECK(s.store.roster(std::string("Dinas Pendidikan"))->empty());
}

TEST_CASE("assigning again moves the due date and keeps the id", "[server][pelita][store]") {
    FreshStore s;
    auto everyone = s.store.assign({0, "https://x/etika", "", "", "2026-12-31", ""});
    auto setda = s.store.assign({0, "https://x/etika", "Setda", "", "2026-06-30", ""});
    auto other = s.store.assign({0, "https://x/etika", "Dinas Pendidikan", "", "2026-05-01", ""});
    REQUIRE((everyone && setda && other));
    auto again = s.store.assign({0, "https://x/etika", "Setda", "", "2026-03-31", ""});
    REQUIRE(again);
    CHECK(*again == *setda);

    auto forSetda = s.store.assignments(std::string("Setda"));
    REQUIRE(forSetda);
    REQUIRE(forSetda->size() == 2); // its own and the every-OPD one, by due date
    CHECK((*forSetda)[0].due == "2026-03-31");
    CHECK((*forSetda)[1].opd.empty());
    CHECK(s.store.assignments(std::nullopt)->size() == 3);

    CHECK(*s.store.unassign(*other));
    CHECK_FALSE(*s.store.unassign(*other));
    CHECK(s.store.assignments(std::nullopt)->size() == 2);
}

TEST_CASE("kiosks keep their last contact and queue through registration; imports list newest first",
          "[server][pelita][store]") {
    FreshStore s;
    const pelita::server::KioskQueue queue{7, 1, "2026-04-01T07:00:00.000Z", "2026-04-01T08:00:00.000Z"};
    REQUIRE(s.store.noteContact("k2", "2026-04-01T08:00:00.000Z", queue));
    REQUIRE(s.store.registerKiosk(
        {"k2", "kiosk-2", "Kios B", "Setda", "0.1.0", "2026-04-01T09:00:00.000Z", "", std::nullopt}));
    REQUIRE(s.store.registerKiosk(
        {"k1", "kiosk-1", "Kios A", "Setda", "0.1.0", "2026-04-01T09:00:00.000Z", "", std::nullopt}));
    auto kiosks = s.store.kiosks();
    REQUIRE(kiosks);
    REQUIRE(kiosks->size() == 2);
    CHECK((*kiosks)[0].name == "Kios A");
    CHECK_FALSE((*kiosks)[0].queue);
    CHECK((*kiosks)[1].lastContact == "2026-04-01T08:00:00.000Z");
    REQUIRE((*kiosks)[1].queue);
    CHECK((*kiosks)[1].queue->waiting == 7);
    CHECK((*kiosks)[1].queue->quarantined == 1);
    CHECK((*kiosks)[1].queue->oldestWaiting == "2026-04-01T07:00:00.000Z");
    CHECK((*kiosks)[1].queue->reported == "2026-04-01T08:00:00.000Z");
    // A contact without a report moves the last contact and keeps the report.
    REQUIRE(s.store.noteContact("k2", "2026-04-01T10:00:00.000Z", std::nullopt));
    const auto k2 = s.store.kiosk("k2");
    REQUIRE((k2 && *k2 && (*k2)->queue));
    CHECK((*k2)->lastContact == "2026-04-01T10:00:00.000Z");
    CHECK((*k2)->queue->waiting == 7);
    CHECK_FALSE(*s.store.kiosk("k3"));

    CHECK_FALSE(*s.store.kioskSigningKey("k1"));
    REQUIRE(s.store.setKioskSigningKey("k1", "first"));
    REQUIRE(s.store.setKioskSigningKey("k1", "second"));
    CHECK(s.store.kioskSigningKey("k1")->value() == "second");

    REQUIRE(s.store.noteBundleImport({"b1", "k1", "kiosk-1", "2026-04-02T00:00:00.000Z", 3, 0, "r1", "one"}));
    REQUIRE(s.store.noteBundleImport({"b2", "k1", "kiosk-1", "2026-04-03T00:00:00.000Z", 1, 1, "r2", "two"}));
    REQUIRE(s.store.noteBundleImport({"b1", "k1", "kiosk-1", "2026-04-04T00:00:00.000Z", 3, 0, "r1", "again"}));
    auto latest = s.store.bundleImports(1);
    REQUIRE(latest);
    REQUIRE(latest->size() == 1);
    CHECK((*latest)[0].receiptText == "again");
    CHECK(s.store.bundleImports(10)->size() == 2);
    CHECK(s.store.bundleImport("b2")->value().rejected == 1);
    CHECK_FALSE(*s.store.bundleImport("b3"));
}

namespace {

std::string scalar(const std::string& uri, const std::string& sql) {
    PGconn* conn = PQconnectdb(uri.c_str());
    REQUIRE(PQstatus(conn) == CONNECTION_OK);
    PGresult* result = PQexec(conn, sql.c_str());
    const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK || PQresultStatus(result) == PGRES_COMMAND_OK;
    const std::string value = ok && PQntuples(result) > 0 ? PQgetvalue(result, 0, 0) : "";
    const std::string error = ok ? "" : PQresultErrorMessage(result);
    PQclear(result);
    PQfinish(conn);
    INFO(sql << ": " << error);
    REQUIRE(ok);
    return value;
}

} // namespace

TEST_CASE("a PostgreSQL database of schema version 2 gains Pelita's records and keeps its statements",
          "[server][postgres]") {
    TempDir dir;
    const auto uri = storageLocationFor(dir.path());
    const std::string id = "6b1b2f0e-5c1a-4d2b-9f3e-1a2b3c4d5e6f";
    {
        pelita::test::RunningLrs lrs(dir.path());
        auto res = lrs.post(pelita::test::learnerStatement("198501012010012001", id));
        REQUIRE(res);
        REQUIRE(res->status == 200);
    }
    // Back to what a server of schema version 2 left: the LRS tables only.
    scalar(uri, "DROP TABLE pelita_packages, pelita_kiosks, pelita_roster, pelita_certificates, pelita_kiosk_keys, "
                "pelita_bundle_imports, pelita_assignments, admin_sessions, admin_users");
    scalar(uri, "DELETE FROM schema_migrations WHERE version > 2");
    REQUIRE(scalar(uri, "SELECT MAX(version) FROM schema_migrations") == "2");

    pelita::test::RunningLrs lrs(dir.path());
    CHECK(scalar(uri, "SELECT MAX(version) FROM schema_migrations") ==
          std::to_string(pelita::server::kPgSchemaVersion));
    auto kept = lrs.client().Get(("/xapi/statements?statementId=" + id).c_str());
    REQUIRE(kept);
    CHECK(kept->status == 200);
    auto roster = lrs.client().Put("/pelita/v1/roster", "nip,name,opd,unit,position\n198501012010012001,Ani,Setda,Umum,Analis\n",
                                   "text/csv");
    REQUIRE(roster);
    INFO(roster->body);
    CHECK(roster->status == 200);
    CHECK(scalar(uri, "SELECT name FROM pelita_roster WHERE nip = '198501012010012001'") == "Ani");
}
