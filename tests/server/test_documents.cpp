// The document resources (Communication 2.3 State, 2.6 Agent Profile,
// 2.7 Activity Profile, 3.1 concurrency) over HTTP.
#include <catch2/catch.hpp>

#include "lrs_fixture.h"

using nlohmann::json;
using pelita::test::RunningLrs;

using pelita::test::encoded;

namespace {
const std::string kActivity = "https://pelita.example.go.id/course/etika";
const std::string kAgent = R"({"account":{"homePage":"https://pelita.example.go.id","name":"198501012010011001"}})";

std::string statePath(const std::string& extra) {
    return "/xapi/activities/state?activityId=" + encoded(kActivity) + "&agent=" + encoded(kAgent) + extra;
}
std::string activityProfilePath(const std::string& extra) {
    return "/xapi/activities/profile?activityId=" + encoded(kActivity) + extra;
}
std::string agentProfilePath(const std::string& extra) { return "/xapi/agents/profile?agent=" + encoded(kAgent) + extra; }

httplib::Headers versionAnd(httplib::Headers more) {
    more.emplace("X-Experience-API-Version", "1.0.3");
    return more;
}
} // namespace

TEST_CASE("State: PUT, GET with ETag, POST merge, DELETE", "[server][documents][state]") {
    RunningLrs lrs;
    auto c = lrs.client();
    const auto path = statePath("&stateId=resume");
    CHECK(c.Get(path.c_str())->status == 404);
    REQUIRE(c.Put(path.c_str(), R"({"lesson":3,"page":1})", "application/json")->status == 204);
    auto got = c.Get(path.c_str());
    REQUIRE(got->status == 200);
    CHECK(json::parse(got->body) == json{{"lesson", 3}, {"page", 1}});
    CHECK(got->get_header_value("Content-Type") == "application/json");
    const auto etag = got->get_header_value("ETag");
    CHECK((etag.size() == 66 && etag.front() == '"' && etag.back() == '"'));
    CHECK_FALSE(got->get_header_value("Last-Modified").empty());

    REQUIRE(c.Post(path.c_str(), R"({"page":2,"quiz":"q1"})", "application/json")->status == 204);
    got = c.Get(path.c_str());
    CHECK(json::parse(got->body) == json{{"lesson", 3}, {"page", 2}, {"quiz", "q1"}});
    CHECK(got->get_header_value("ETag") != etag);

    CHECK(c.Delete(path.c_str())->status == 204);
    CHECK(c.Get(path.c_str())->status == 404);
}

TEST_CASE("State: registration scopes, id lists with since, delete all", "[server][documents][state]") {
    RunningLrs lrs;
    auto c = lrs.client();
    const std::string reg = "&registration=dddddddd-0000-4000-8000-000000000001";
    REQUIRE(c.Put(statePath("&stateId=a").c_str(), "one", "text/plain")->status == 204);
    REQUIRE(c.Put(statePath("&stateId=b" + reg).c_str(), "two", "text/plain")->status == 204);
    CHECK(c.Get(statePath("&stateId=b").c_str())->status == 404); // other registration
    auto text = c.Get(statePath("&stateId=b" + reg).c_str());
    CHECK(text->body == "two");
    CHECK(text->get_header_value("Content-Type") == "text/plain");

    CHECK(json::parse(c.Get(statePath("").c_str())->body) == json::array({"a", "b"}));
    CHECK(json::parse(c.Get(statePath(reg).c_str())->body) == json::array({"b"}));
    CHECK(json::parse(c.Get(statePath("&since=2000-01-01T00:00:00Z").c_str())->body).size() == 2);
    CHECK(json::parse(c.Get(statePath("&since=2999-01-01T00:00:00Z").c_str())->body).empty());

    CHECK(c.Delete(statePath(reg).c_str())->status == 204);
    CHECK(json::parse(c.Get(statePath("").c_str())->body) == json::array({"a"}));
    CHECK(c.Delete(statePath("").c_str())->status == 204);
    CHECK(json::parse(c.Get(statePath("").c_str())->body).empty());
}

TEST_CASE("document parameters are checked", "[server][documents]") {
    RunningLrs lrs;
    auto c = lrs.client();
    CHECK(c.Get("/xapi/activities/state?stateId=x")->status == 400);                          // no activityId, agent
    CHECK(c.Get(statePath("&stateId=x&registration=nope").c_str())->status == 400);            // bad UUID
    CHECK(c.Get(statePath("&stateId=x&colour=red").c_str())->status == 400);                  // unknown
    CHECK(c.Get(("/xapi/activities/state?activityId=x&agent=" + encoded(kAgent)).c_str())->status == 400);
    CHECK(c.Put(statePath("").c_str(), "{}", "application/json")->status == 400);              // PUT needs stateId
    CHECK(c.Get(statePath("&stateId=x&since=2000-01-01T00:00:00Z").c_str())->status == 400);   // since only for lists
    CHECK(c.Delete(activityProfilePath("").c_str())->status == 400);                          // profiles delete one
    CHECK(c.Get(("/xapi/agents/profile?agent=" + encoded(R"({"name":"x"})")).c_str())->status == 400);
}

TEST_CASE("POST merges only JSON objects", "[server][documents]") {
    RunningLrs lrs;
    auto c = lrs.client();
    const auto path = statePath("&stateId=notes");
    REQUIRE(c.Put(path.c_str(), "plain", "text/plain")->status == 204);
    CHECK(c.Post(path.c_str(), R"({"a":1})", "application/json")->status == 400);
    CHECK(c.Get(path.c_str())->body == "plain"); // unchanged
    CHECK(c.Post(statePath("&stateId=other").c_str(), "[1,2]", "application/json")->status == 400);
    CHECK(c.Post(statePath("&stateId=fresh").c_str(), R"({"a":1})", "application/json")->status == 204);
}

TEST_CASE("profiles: concurrency with ETags, If-Match, If-None-Match, 409 and 412", "[server][documents][etag]") {
    RunningLrs lrs;
    auto c = lrs.client();
    for (const auto& path : {activityProfilePath("&profileId=settings"), agentProfilePath("&profileId=settings")}) {
        INFO(path);
        CHECK(c.Put(path.c_str(), versionAnd({{"If-None-Match", "*"}}), R"({"v":1})", "application/json")->status == 204);
        CHECK(c.Put(path.c_str(), versionAnd({{"If-None-Match", "*"}}), R"({"v":2})", "application/json")->status == 412);
        // Neither header on an existing profile: the client must say what it expects.
        CHECK(c.Put(path.c_str(), R"({"v":2})", "application/json")->status == 409);
        const auto etag = c.Get(path.c_str())->get_header_value("ETag");
        CHECK(c.Put(path.c_str(), versionAnd({{"If-Match", "\"stale\""}}), R"({"v":2})", "application/json")->status == 412);
        CHECK(c.Put(path.c_str(), versionAnd({{"If-Match", etag}}), R"({"v":2})", "application/json")->status == 204);
        CHECK(json::parse(c.Get(path.c_str())->body)["v"] == 2);
        CHECK(c.Delete(path.c_str(), versionAnd({{"If-Match", etag}}))->status == 412); // etag is stale now
        CHECK(c.Delete(path.c_str())->status == 204);
        CHECK(c.Put(path.c_str(), versionAnd({{"If-Match", "*"}}), "{}", "application/json")->status == 412);
    }
    CHECK(json::parse(c.Get(activityProfilePath("").c_str())->body).empty());
}

TEST_CASE("GET /xapi/activities and /xapi/agents", "[server][documents][activities]") {
    RunningLrs lrs;
    auto s = pelita::test::learnerStatement("1");
    s["object"]["definition"] = {{"name", {{"id-ID", "Soal 1"}}}};
    REQUIRE(lrs.post(s)->status == 200);
    s["object"]["definition"] = {{"name", {{"en-US", "Question 1"}}}};
    REQUIRE(lrs.post(s)->status == 200);
    auto c = lrs.client();
    const std::string question = s["object"]["id"];
    auto activity = json::parse(c.Get(("/xapi/activities?activityId=" + encoded(question)).c_str())->body);
    CHECK(activity["objectType"] == "Activity");
    CHECK(activity["definition"]["name"] == json{{"id-ID", "Soal 1"}, {"en-US", "Question 1"}}); // merged
    auto unknown = json::parse(c.Get("/xapi/activities?activityId=https%3A%2F%2Fx.example.org%2Fnone")->body);
    CHECK(unknown == json{{"objectType", "Activity"}, {"id", "https://x.example.org/none"}});
    CHECK(c.Get("/xapi/activities")->status == 400);

    auto person = json::parse(c.Get(("/xapi/agents?agent=" + encoded(kAgent)).c_str())->body);
    CHECK(person["objectType"] == "Person");
    CHECK(person["account"][0]["name"] == "198501012010011001");
    CHECK(c.Get("/xapi/agents?agent=%7B%7D")->status == 400);
}
