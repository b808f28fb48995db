// Records carried by hand, the server's half: POST /pelita/v1/bundles (and
// through it importBundle, which `pelita-server import-bundle` and the admin
// pages share) and the signing key a kiosk sends when it registers.
#include <catch2/catch.hpp>

#include "test_bundle_fixture.h"

using nlohmann::json;
using namespace pelita::test;

namespace {

std::size_t storedCount(const PelitaServer& s) { return s.lrs.getList("limit=0")["statements"].size(); }

} // namespace

TEST_CASE("a bundle is stored once and answered with a receipt signed by the server", "[server][pelita][bundle]") {
    PelitaServer s;
    CarryingKiosk kiosk{.credential = s.kioskKey};
    const auto receiptKey = registerWithKey(s, kiosk);
    const auto carried = statements(3);
    const auto file = kiosk.bundle(carried);

    auto res = s.admin().Post("/pelita/v1/bundles", file, "application/octet-stream");
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 200);
    CHECK(res->get_header_value("Content-Disposition").find(".pelita-receipt") != std::string::npos);
    auto receipt = openReceipt(res->body, receiptKey);
    CHECK(receipt["kiosk"]["credentialKey"] == s.kioskKey.key);
    CHECK(receipt["accepted"] == json::array({carried[0]["id"], carried[1]["id"], carried[2]["id"]}));
    CHECK(receipt["rejected"].empty());

    // Stored under the kiosk's own authority: the kiosk sees them as its own.
    auto own = json::parse(s.kiosk().Get("/xapi/statements?limit=0")->body)["statements"];
    REQUIRE(own.size() == 3);
    CHECK(own[0]["authority"]["account"]["name"] == s.kioskKey.key);

    SECTION("the same bundle again stores nothing new and gives an equivalent receipt") {
        auto again = s.admin().Post("/pelita/v1/bundles", file, "application/octet-stream");
        REQUIRE(again);
        REQUIRE(again->status == 200);
        auto second = openReceipt(again->body, receiptKey);
        CHECK(second["accepted"] == receipt["accepted"]);
        CHECK(second["bundleId"] == receipt["bundleId"]);
        CHECK(storedCount(s) == 3);
    }
    SECTION("the same statements sent by network afterwards are no duplicates") {
        auto sent = s.kiosk().Post("/xapi/statements", carried.dump(), "application/json");
        REQUIRE(sent);
        CHECK(sent->status == 200);
        CHECK(storedCount(s) == 3);
    }
}

TEST_CASE("a bundle's invalid and conflicting statements are rejected one by one", "[server][pelita][bundle]") {
    PelitaServer s;
    CarryingKiosk kiosk{.credential = s.kioskKey};
    const auto receiptKey = registerWithKey(s, kiosk);
    auto carried = statements(4);
    carried[1]["verb"]["id"] = "not an iri";
    // Carried[2]'s id already holds another statement on the server.
    auto other = pelita::test::learnerStatement(pelita::test::kNipBudi, carried[2]["id"].get<std::string>());
    REQUIRE(s.kiosk().Post("/xapi/statements", other.dump(), "application/json")->status == 200);

    auto res = s.admin().Post("/pelita/v1/bundles", kiosk.bundle(carried), "application/octet-stream");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    auto receipt = openReceipt(res->body, receiptKey);
    CHECK(receipt["accepted"] == json::array({carried[0]["id"], carried[3]["id"]}));
    REQUIRE(receipt["rejected"].size() == 2);
    CHECK(receipt["rejected"][0]["id"] == carried[1]["id"]);
    CHECK(receipt["rejected"][0]["status"] == 400);
    CHECK(receipt["rejected"][0]["reason"].get<std::string>().find("statement.verb.id") != std::string::npos);
    CHECK(receipt["rejected"][1]["id"] == carried[2]["id"]);
    CHECK(receipt["rejected"][1]["status"] == 409);
    CHECK(storedCount(s) == 3); // the other statement and the two good ones
}

TEST_CASE("a bundle the server cannot vouch for is refused and nothing is stored", "[server][pelita][bundle]") {
    PelitaServer s;
    CarryingKiosk kiosk{.credential = s.kioskKey};
    registerWithKey(s, kiosk);
    std::string file = kiosk.bundle(statements(2));
    std::string expected;

    SECTION("one byte changed") {
        file[file.size() / 2] = static_cast<char>(file[file.size() / 2] ^ 0x01);
        expected = "bundle refused: the file ";
    }
    SECTION("a statement altered after signing") {
        auto envelope = kiosk.envelope(statements(2));
        const auto at = envelope.find("menjawab");
        REQUIRE(at != std::string::npos);
        envelope[at] = 'M';
        file = gzip(envelope);
        expected = "changed after it was signed";
    }
    SECTION("signed with another key") {
        const content::SecretKey other = content::generateKey("forger");
        file = gzip(content::signDocument(other, content::kRecordsBundlePurpose,
                                          json::parse(kiosk.envelope(statements(2)))["payload"].get<std::string>()));
        expected = "not signed with the key of kiosk";
    }
    SECTION("from a credential that is not a kiosk") {
        CarryingKiosk stranger{.credential = s.readerKey};
        file = stranger.bundle(statements(2));
        expected = "is not a kiosk credential";
    }
    SECTION("from a kiosk whose key the server does not know") {
        CarryingKiosk unknown{.credential = s.lrs.newCredential(pelita::server::Role::Kiosk, "Kios Baru")};
        file = unknown.bundle(statements(2));
        expected = "no signing key is known";
    }
    SECTION("from a revoked kiosk") {
        REQUIRE(s.lrs.server->credentials().revoke(s.kioskKey.key));
        expected = "was revoked";
    }
    SECTION("not a bundle at all") {
        file = "PK\x03\x04 not gzip";
        expected = "not a complete gzip file";
    }
    auto res = s.admin().Post("/pelita/v1/bundles", file, "application/octet-stream");
    REQUIRE(res);
    INFO(res->body);
    CHECK(res->status == 400);
    CHECK(json::parse(res->body)["error"].get<std::string>().find(expected) != std::string::npos);
    CHECK(storedCount(s) == 0);
}

TEST_CASE("only an admin may upload a bundle", "[server][pelita][bundle]") {
    PelitaServer s;
    CarryingKiosk kiosk{.credential = s.kioskKey};
    registerWithKey(s, kiosk);
    const auto file = kiosk.bundle(statements(1));
    CHECK(s.kiosk().Post("/pelita/v1/bundles", file, "application/octet-stream")->status == 403);
    CHECK(s.reader().Post("/pelita/v1/bundles", file, "application/octet-stream")->status == 403);
    CHECK(storedCount(s) == 0);
}

TEST_CASE("a registration's signing key must be an Ed25519 public key", "[server][pelita][bundle]") {
    PelitaServer s;
    const json body = {{"kioskId", "K1"}, {"name", "Kios"}, {"opd", "Setda"}, {"appVersion", "0.1.0"},
                       {"signingKey", "c2hvcnQ="}};
    auto res = s.kiosk().Post("/pelita/v1/kiosks/register", body.dump(), "application/json");
    REQUIRE(res);
    CHECK(res->status == 400);
    CHECK(json::parse(res->body)["error"] == "signingKey: must be a 32-byte Ed25519 public key in base64");
}
