// Protocol rules around the resources (Communication 1.3, 3.x): HEAD, CORS,
// the alternate request syntax, roles, and the request log.
#include <chrono>
#include <thread>

#include <catch2/catch.hpp>

#include "lrs_fixture.h"

using nlohmann::json;
using pelita::test::learnerStatement;
using pelita::test::RunningLrs;

using pelita::test::encoded;

namespace {

std::string basicAuthorization(const pelita::server::NewCredential& who) {
    return httplib::make_basic_authentication_header(who.key, who.secret).second;
}
} // namespace

TEST_CASE("HEAD answers like GET without a body", "[server][protocol]") {
    RunningLrs lrs;
    REQUIRE(lrs.post(learnerStatement("1"))->status == 200);
    auto c = lrs.client();
    for (const char* path : {"/xapi/statements", "/xapi/about", "/xapi/activities?activityId=http%3A%2F%2Fx.org%2Fa"}) {
        INFO(path);
        auto head = c.Head(path);
        REQUIRE(head);
        CHECK(head->status == 200);
        CHECK(head->body.empty());
    }
    CHECK(c.Head("/xapi/statements?statementId=eeeeeeee-0000-4000-8000-000000000000")->status == 404);
}

TEST_CASE("CORS headers and the OPTIONS preflight", "[server][protocol][cors]") {
    RunningLrs lrs;
    auto res = lrs.client().Get("/xapi/statements");
    CHECK(res->get_header_value("Access-Control-Allow-Origin") == "*");
    CHECK(res->get_header_value("Access-Control-Expose-Headers").find("ETag") != std::string::npos);
    auto preflight = lrs.bareClient().Options("/xapi/activities/state");
    REQUIRE(preflight);
    CHECK(preflight->status == 204);
    CHECK(preflight->get_header_value("Access-Control-Allow-Methods").find("DELETE") != std::string::npos);
    CHECK(preflight->get_header_value("Access-Control-Allow-Headers").find("X-Experience-API-Version") !=
          std::string::npos);
}

TEST_CASE("unsupported methods get 405 with Allow", "[server][protocol]") {
    RunningLrs lrs;
    auto res = lrs.client().Delete("/xapi/agents");
    REQUIRE(res->status == 405);
    CHECK(res->get_header_value("Allow") == "GET, HEAD, OPTIONS");
}

TEST_CASE("the alternate request syntax: method= in a form POST", "[server][protocol][alternate]") {
    RunningLrs lrs;
    const std::string id = "ffffffff-0000-4000-8000-0000000000a1";
    httplib::Params form = {{"statementId", id},
                            {"Authorization", basicAuthorization(lrs.credential)},
                            {"X-Experience-API-Version", "1.0.3"},
                            {"Content-Type", "application/json"},
                            {"content", learnerStatement("1").dump()}};
    auto bare = lrs.bareClient();
    auto put = bare.Post("/xapi/statements?method=PUT", form);
    REQUIRE(put);
    CHECK(put->status == 204);
    auto got = lrs.client().Get(("/xapi/statements?statementId=" + id).c_str());
    CHECK(got->status == 200);

    httplib::Params get = {{"statementId", id},
                           {"Authorization", basicAuthorization(lrs.credential)},
                           {"X-Experience-API-Version", "1.0.3"}};
    auto viaForm = bare.Post("/xapi/statements?method=GET", get);
    REQUIRE(viaForm->status == 200);
    CHECK(json::parse(viaForm->body)["id"] == id);

    CHECK(bare.Post(("/xapi/statements?method=GET&statementId=" + id).c_str(), get)->status == 400);
    CHECK(bare.Post("/xapi/statements?method=PATCH", get)->status == 400);
    get.erase("Authorization");
    CHECK(bare.Post("/xapi/statements?method=GET", get)->status == 401);
}

TEST_CASE("roles: a reader may read but not write", "[server][protocol][roles]") {
    RunningLrs lrs;
    REQUIRE(lrs.post(learnerStatement("1"))->status == 200);
    auto reader = lrs.clientAs(lrs.newCredential(pelita::server::Role::Reader, "dashboard"));
    CHECK(reader.Get("/xapi/statements")->status == 200);
    CHECK(reader.Post("/xapi/statements", learnerStatement("2").dump(), "application/json")->status == 403);
    const auto state = "/xapi/activities/state?activityId=http%3A%2F%2Fx.org%2Fa&stateId=s&agent=" +
                       encoded(R"({"mbox":"mailto:a@example.org"})");
    CHECK(reader.Put(state.c_str(), "{}", "application/json")->status == 403);
    CHECK(reader.Get(state.c_str())->status == 404);
    CHECK(lrs.getList("")["statements"].size() == 1);
}

TEST_CASE("one structured log line per request", "[server][protocol][log]") {
    RunningLrs lrs;
    // httplib logs after the reply is sent, so a line may trail its response.
    const auto waitForLines = [&](std::size_t count) {
        auto lines = lrs.logLines();
        for (int i = 0; i < 500 && lines.size() < count; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            lines = lrs.logLines();
        }
        return lines;
    };
    REQUIRE(lrs.post(learnerStatement("1"))->status == 200);
    REQUIRE(waitForLines(1).size() == 1);
    REQUIRE(lrs.bareClient().Get("/xapi/statements")->status == 401);
    const auto lines = waitForLines(2);
    REQUIRE(lines.size() == 2);
    const auto first = json::parse(lines[0]), second = json::parse(lines[1]);
    CHECK(first["method"] == "POST");
    CHECK(first["path"] == "/xapi/statements");
    CHECK(first["status"] == 200);
    CHECK(first["credential"] == "kiosk test");
    CHECK(first["ms"].is_number());
    CHECK(second["status"] == 401);
    CHECK(second["credential"] == "");
}
