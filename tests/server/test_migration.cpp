// A server.db written by schema version 1 (the walking skeleton) opens with
// the current server: credentials still work and old statements answer the
// new filters.
#include <catch2/catch.hpp>
#include <sodium.h>

#include "lrs_fixture.h"
#include "server_database.h"
#include "sqlite_db.h"

using nlohmann::json;
using pelita::test::encoded;

namespace {

// Schema version 1 exactly as it shipped.
constexpr const char* kVersion1 = R"sql(
    CREATE TABLE credentials (key TEXT PRIMARY KEY, name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'kiosk')), secret_sha256 TEXT NOT NULL,
        created TEXT NOT NULL, revoked TEXT);
    CREATE TABLE statements (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
        stored TEXT NOT NULL, verb_id TEXT NOT NULL, statement_json TEXT NOT NULL, comparison_json TEXT NOT NULL);
    CREATE INDEX statements_verb ON statements (verb_id, seq);
    CREATE TABLE statement_agents (seq INTEGER NOT NULL REFERENCES statements (seq), ifi TEXT NOT NULL,
        PRIMARY KEY (ifi, seq)) WITHOUT ROWID;
    PRAGMA user_version = 1;
)sql";

std::string sha256Hex(const std::string& text) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

} // namespace

TEST_CASE("a version 1 server.db is upgraded in place", "[server][migration]") {
    REQUIRE(sodium_init() >= 0);
    pelita::test::TempDir dir;
    const std::string registration = "99999999-0000-4000-8000-000000000001";
    auto statement = pelita::test::learnerStatement("1", "99999999-0000-4000-8000-0000000000aa");
    statement["context"] = {{"registration", registration}};
    statement["stored"] = "2026-01-01T00:00:00.000Z";
    {
        pelita::server::Db db(dir.path() / "server.db");
        db.exec(kVersion1);
        pelita::server::Statement credential(db, "INSERT INTO credentials VALUES ('oldkey', 'old kiosk', 'kiosk', ?, "
                                                 "'2026-01-01T00:00:00Z', NULL)");
        credential.bind(1, sha256Hex("oldsecret"));
        credential.run();
        pelita::server::Statement insert(db, "INSERT INTO statements (id, stored, verb_id, statement_json, "
                                             "comparison_json) VALUES (?, ?, ?, ?, '{}')");
        insert.bind(1, statement["id"].get<std::string>()).bind(2, "2026-01-01T00:00:00.000Z");
        insert.bind(3, statement["verb"]["id"].get<std::string>()).bind(4, statement.dump());
        insert.run();
    }
    pelita::test::RunningLrs lrs(dir.path());
    auto old = lrs.clientAs({"oldkey", "oldsecret"});
    // The old kiosk credential still works; a kiosk sees only what it stored, so
    // the upgraded rows are read with the fixture's admin credential.
    REQUIRE(old.Get(("/xapi/statements?registration=" + registration).c_str())->status == 200);
    auto byRegistration = lrs.client().Get(("/xapi/statements?registration=" + registration).c_str());
    REQUIRE(byRegistration->status == 200);
    CHECK(json::parse(byRegistration->body)["statements"].size() == 1);
    const std::string activity = statement["object"]["id"];
    CHECK(lrs.getList("activity=" + encoded(activity))["statements"].size() == 1);
    CHECK(lrs.newCredential(pelita::server::Role::Reader).key.size() == 32);
    pelita::server::Db db(dir.path() / "server.db");
    pelita::server::Statement version(db, "PRAGMA user_version");
    REQUIRE(version.step());
    CHECK(version.columnInt(0) == pelita::server::kServerSchemaVersion);
}
