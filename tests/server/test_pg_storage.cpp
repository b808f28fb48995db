// The storage seam: choosing the backend from a location, what each backend
// must hold under concurrent writers, and PostgreSQL's own schema tracking.
// The concurrency cases run on whichever backend the suite runs on.
#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <sodium.h>

#include <thread>

#include "lrs_fixture.h"
#include "storage.h"

using nlohmann::json;
using pelita::test::encoded;
using pelita::test::RunningLrs;

namespace {

void execSql(const std::string& uri, const std::string& sql) {
    PGconn* conn = PQconnectdb(uri.c_str());
    REQUIRE(PQstatus(conn) == CONNECTION_OK);
    PGresult* result = PQexec(conn, sql.c_str());
    const auto status = PQresultStatus(result);
    PQclear(result);
    PQfinish(conn);
    REQUIRE((status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK));
}

} // namespace

TEST_CASE("an unreachable PostgreSQL is refused with its host, port and libpq's message", "[server][open]") {
    REQUIRE(sodium_init() >= 0);
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    auto opened = pelita::server::LrsServer::open("postgresql://pelita@127.0.0.1:1/pelita");
    REQUIRE_FALSE(opened);
    CHECK(opened.error().find("127.0.0.1:1") != std::string::npos);
    CHECK(opened.error().find("refused") != std::string::npos);
}

TEST_CASE("a location picks the backend", "[server][open]") {
    using pelita::server::isPostgresLocation;
    CHECK(isPostgresLocation("postgresql://pelita@db/pelita"));
    CHECK(isPostgresLocation("postgres://db/pelita"));
    CHECK(isPostgresLocation("host=db dbname=pelita"));
    CHECK_FALSE(isPostgresLocation("/var/lib/pelita-server"));
    CHECK_FALSE(isPostgresLocation("postgresql-data"));
}

TEST_CASE("concurrent merges of one document keep every writer's change", "[server][documents][concurrency]") {
    RunningLrs lrs;
    const std::string agent = encoded(R"({"account":{"homePage":"https://pelita.example.go.id","name":"1"}})");
    const std::string path = "/xapi/activities/state?activityId=" + encoded("https://pelita.example.go.id/course/etika") +
                             "&agent=" + agent + "&stateId=resume";
    constexpr int kWriters = 8;
    std::vector<std::thread> writers;
    std::vector<int> statuses(kWriters, 0);
    for (int i = 0; i < kWriters; ++i)
        writers.emplace_back([&, i] {
            auto res = lrs.client().Post(path.c_str(), json{{"k" + std::to_string(i), i}}.dump(), "application/json");
            statuses[static_cast<size_t>(i)] = res ? res->status : -1;
        });
    for (auto& w : writers) w.join();
    for (int status : statuses) CHECK(status == 204);
    auto got = lrs.client().Get(path.c_str());
    REQUIRE(got->status == 200);
    const auto merged = json::parse(got->body);
    for (int i = 0; i < kWriters; ++i) CHECK(merged.value("k" + std::to_string(i), -1) == i);
}

TEST_CASE("a target and its voiding statement sent at once on two connections end voided",
          "[server][voiding][concurrency]") {
    RunningLrs lrs;
    for (int round = 0; round < 10; ++round) {
        char target[37], voider[37];
        std::snprintf(target, sizeof target, "aaaaaaaa-0000-4000-8000-%012d", round);
        std::snprintf(voider, sizeof voider, "bbbbbbbb-0000-4000-8000-%012d", round);
        auto voiding = pelita::test::learnerStatement("2", std::string(voider), pelita::server::kVoidedVerb);
        voiding["object"] = {{"objectType", "StatementRef"}, {"id", target}};
        std::thread a([&] { CHECK(lrs.post(pelita::test::learnerStatement("2", std::string(target)))->status == 200); });
        std::thread b([&] { CHECK(lrs.post(voiding)->status == 200); });
        a.join();
        b.join();
        auto found = lrs.client().Get(("/xapi/statements?voidedStatementId=" + std::string(target)).c_str());
        CHECK(found->status == 200);
        auto hidden = lrs.client().Get(("/xapi/statements?statementId=" + std::string(target)).c_str());
        CHECK(hidden->status == 404);
    }
}

TEST_CASE("PostgreSQL records its schema version and refuses a newer one", "[server][postgres]") {
    REQUIRE(sodium_init() >= 0);
    pelita::test::TempDir dir;
    const auto uri = pelita::test::storageLocationFor(dir.path());
    {
        auto first = pelita::server::openStorage(uri);
        REQUIRE(first);
        auto again = pelita::server::openStorage(uri); // already current: nothing to do
        REQUIRE(again);
    }
    execSql(uri, "INSERT INTO schema_migrations (version, applied) VALUES (99, 'later')");
    auto newer = pelita::server::openStorage(uri);
    REQUIRE_FALSE(newer);
    CHECK(newer.error().find("schema version 99") != std::string::npos);
}

TEST_CASE("PostgreSQL keeps documents and attachments byte for byte", "[server][postgres]") {
    REQUIRE(sodium_init() >= 0);
    pelita::test::TempDir dir;
    auto storage = pelita::server::openStorage(pelita::test::storageLocationFor(dir.path()));
    REQUIRE(storage);
    const std::string bytes("\x00\x01\xff\x7f binary \x00 end", 18);
    auto changed = storage->documents->change(
        pelita::server::DocumentKind::State, "scope", "doc",
        [&](const std::optional<pelita::server::Document>&)
            -> pelita::Expected<std::optional<pelita::server::Document>, pelita::server::DocumentRefusal> {
            return std::optional<pelita::server::Document>{
                pelita::server::Document{"application/octet-stream", bytes, "etag1", "2026-01-01T00:00:00.000Z"}};
        });
    REQUIRE(changed);
    auto found = storage->documents->find(pelita::server::DocumentKind::State, "scope", "doc");
    REQUIRE(found);
    REQUIRE(*found);
    CHECK((*found)->content == bytes);
    REQUIRE(storage->statements->storeAll({}, {{"abc123", "application/octet-stream", bytes}}));
    auto attachment = storage->statements->attachment("abc123");
    REQUIRE(attachment);
    REQUIRE(*attachment);
    CHECK((*attachment)->bytes == bytes);
}
