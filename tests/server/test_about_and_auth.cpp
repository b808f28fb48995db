// The xAPI gatekeeping every request passes: about, auth, version header, errors.
#include <catch2/catch.hpp>

#include "lrs_fixture.h"

using nlohmann::json;
using pelita::test::RunningLrs;

TEST_CASE("GET /xapi/about needs no credentials and lists 1.0.3", "[server][about]") {
    RunningLrs lrs;
    auto res = lrs.bareClient().Get("/xapi/about");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("X-Experience-API-Version") == "1.0.3");
    CHECK(json::parse(res->body)["version"] == json::array({"1.0.3"}));
}

TEST_CASE("statements without credentials get 401 with a Basic challenge", "[server][auth]") {
    RunningLrs lrs;
    auto c = lrs.bareClient();
    c.set_default_headers({{"X-Experience-API-Version", "1.0.3"}});
    auto res = c.Get("/xapi/statements");
    REQUIRE(res);
    CHECK(res->status == 401);
    CHECK(res->get_header_value("WWW-Authenticate") == "Basic realm=\"pelita\"");
    CHECK(res->get_header_value("Content-Type") == "application/json");
    CHECK(json::parse(res->body).contains("error"));
    CHECK(res->get_header_value("X-Experience-API-Version") == "1.0.3");
}

TEST_CASE("a wrong secret or an unknown key gets 401", "[server][auth]") {
    RunningLrs lrs;
    auto c = lrs.client();
    c.set_basic_auth(lrs.credential.key.c_str(), "not-the-secret");
    CHECK(c.Get("/xapi/statements")->status == 401);
    c.set_basic_auth("unknown-key", lrs.credential.secret.c_str());
    CHECK(c.Get("/xapi/statements")->status == 401);
    CHECK(lrs.client().Get("/xapi/statements")->status == 200);
}

TEST_CASE("a revoked key gets 401 from then on", "[server][auth]") {
    RunningLrs lrs;
    REQUIRE(lrs.post(pelita::test::learnerStatement("198501012010011001"))->status == 200);
    auto revoked = lrs.server->credentials().revoke(lrs.credential.key);
    REQUIRE(revoked);
    CHECK(*revoked);
    CHECK(lrs.post(pelita::test::learnerStatement("198501012010011001"))->status == 401);
    CHECK(lrs.client().Get("/xapi/statements")->status == 401);
    auto unknown = lrs.server->credentials().revoke("no-such-key");
    REQUIRE(unknown);
    CHECK_FALSE(*unknown);
}

TEST_CASE("the version header is required and must be 1.0.x", "[server][version]") {
    RunningLrs lrs;
    auto c = lrs.client();
    c.set_default_headers({});
    auto missing = c.Get("/xapi/statements");
    REQUIRE(missing);
    CHECK(missing->status == 400);
    CHECK(json::parse(missing->body)["error"].get<std::string>().find("X-Experience-API-Version") != std::string::npos);
    for (const char* bad : {"0.95", "1.1.0", "2.0.0", "banana"}) {
        c.set_default_headers({{"X-Experience-API-Version", bad}});
        CHECK(c.Get("/xapi/statements")->status == 400);
    }
    for (const char* good : {"1.0", "1.0.0", "1.0.3"}) {
        c.set_default_headers({{"X-Experience-API-Version", good}});
        CHECK(c.Get("/xapi/statements")->status == 200);
    }
}

TEST_CASE("unknown paths are 404 and unsupported methods 405, both as JSON errors", "[server][routes]") {
    RunningLrs lrs;
    auto c = lrs.client();
    auto missing = c.Get("/xapi/no-such-resource");
    REQUIRE(missing);
    CHECK(missing->status == 404);
    CHECK(json::parse(missing->body).contains("error"));
    auto wrong = c.Delete("/xapi/statements");
    REQUIRE(wrong);
    CHECK(wrong->status == 405);
    CHECK(json::parse(wrong->body).contains("error"));
    CHECK(c.Post("/xapi/about", "{}", "application/json")->status == 405);
}

TEST_CASE("a second server cannot take a port already in use", "[server][listen]") {
    RunningLrs first;
    pelita::test::TempDir other;
    auto second = pelita::server::LrsServer::open(other.path());
    REQUIRE(second);
    auto bound = (*second)->bind("127.0.0.1", first.port);
    REQUIRE_FALSE(bound);
    CHECK(bound.error().find("in use") != std::string::npos);
}

TEST_CASE("an unusable data directory is refused with its path in the message", "[server][open]") {
    pelita::test::TempDir dir;
    dir.write("not-a-dir", "plain file");
    auto opened = pelita::server::LrsServer::open(dir / "not-a-dir");
    REQUIRE_FALSE(opened);
    CHECK(opened.error().find("not-a-dir") != std::string::npos);
}
