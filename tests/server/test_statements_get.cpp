// GET /xapi/statements: by id, and lists with filters and paging.
#include <set>

#include <catch2/catch.hpp>

#include "lrs_fixture.h"

using nlohmann::json;
using pelita::test::learnerStatement;
using pelita::test::RunningLrs;

using pelita::test::encoded;

namespace {

std::string agentParam(const std::string& nip) {
    return "agent=" + encoded(json{{"account", {{"homePage", pelita::test::kHomePage}, {"name", nip}}}}.dump());
}

std::vector<std::string> postNumbered(const RunningLrs& lrs, int count, const std::string& nip) {
    json batch = json::array();
    for (int i = 0; i < count; ++i) batch.push_back(learnerStatement(nip));
    auto res = lrs.post(batch);
    REQUIRE(res->status == 200);
    return json::parse(res->body).get<std::vector<std::string>>();
}
} // namespace

TEST_CASE("GET by statementId returns the statement, or 404", "[server][get]") {
    RunningLrs lrs;
    const auto ids = postNumbered(lrs, 1, "1");
    auto found = lrs.client().Get(("/xapi/statements?statementId=" + ids[0]).c_str());
    REQUIRE(found->status == 200);
    CHECK(json::parse(found->body)["id"] == ids[0]);
    CHECK_FALSE(found->get_header_value("X-Experience-API-Consistent-Through").empty());
    auto missing = lrs.client().Get("/xapi/statements?statementId=eeeeeeee-0000-4000-8000-000000000000");
    CHECK(missing->status == 404);
    CHECK(lrs.client().Get(("/xapi/statements?statementId=" + ids[0] + "&limit=1").c_str())->status == 400);
}

TEST_CASE("the list is newest first, and ascending=true reverses it", "[server][get]") {
    RunningLrs lrs;
    const auto ids = postNumbered(lrs, 3, "1");
    auto list = lrs.getList("");
    CHECK(list["more"] == "");
    REQUIRE(list["statements"].size() == 3);
    CHECK(list["statements"][0]["id"] == ids[2]);
    CHECK(list["statements"][2]["id"] == ids[0]);
    auto up = lrs.getList("ascending=true");
    CHECK(up["statements"][0]["id"] == ids[0]);
}

TEST_CASE("paging with limit and more returns every statement exactly once", "[server][get][paging]") {
    RunningLrs lrs;
    postNumbered(lrs, 7, "1");
    for (const char* order : {"false", "true"}) {
        std::multiset<std::string> expected;
        const auto everything = lrs.getList("limit=0");
        for (const auto& s : everything["statements"]) expected.insert(s["id"].get<std::string>());
        std::multiset<std::string> seen;
        auto page = lrs.getList(std::string("limit=3&ascending=") + order);
        int pages = 1;
        while (true) {
            for (const auto& s : page["statements"]) seen.insert(s["id"].get<std::string>());
            const auto more = page["more"].get<std::string>();
            if (more.empty()) break;
            REQUIRE(more.rfind("/xapi/statements?more=", 0) == 0);
            auto res = lrs.client().Get(more.c_str());
            REQUIRE(res->status == 200);
            page = json::parse(res->body);
            ++pages;
            // A statement stored while paging must not shift what later pages hold.
            if (pages == 2) postNumbered(lrs, 1, "late");
        }
        CHECK(pages == 3);
        CHECK(seen == expected); // every statement of the first page's moment, each exactly once
    }
}

TEST_CASE("the agent filter matches the learner's account, as actor or group member", "[server][get][filter]") {
    RunningLrs lrs;
    const auto mine = postNumbered(lrs, 2, "198501012010011001");
    postNumbered(lrs, 3, "199002022015022002");
    auto group = learnerStatement("x");
    group["actor"] = {{"objectType", "Group"},
                      {"member", json::array({{{"account", {{"homePage", pelita::test::kHomePage}, {"name", "198501012010011001"}}}}})}};
    REQUIRE(lrs.post(group)->status == 200);

    auto list = lrs.getList(agentParam("198501012010011001"));
    REQUIRE(list["statements"].size() == 3);
    for (const auto& s : list["statements"]) CHECK(s.dump().find("198501012010011001") != std::string::npos);
    CHECK(lrs.getList(agentParam("000000000000000000"))["statements"].empty());
    CHECK(lrs.client().Get("/xapi/statements?agent=%7Bnot-json")->status == 400);
    CHECK(lrs.client().Get(("/xapi/statements?agent=" + encoded(R"({"name":"no ifi"})")).c_str())->status == 400);
}

TEST_CASE("the verb filter and filter combinations", "[server][get][filter]") {
    RunningLrs lrs;
    const std::string passed = "http://adlnet.gov/expapi/verbs/passed";
    REQUIRE(lrs.post(json::array({learnerStatement("1", std::nullopt, passed), learnerStatement("1"),
                                  learnerStatement("2", std::nullopt, passed)}))->status == 200);
    CHECK(lrs.getList("verb=" + encoded(passed))["statements"].size() == 2);
    CHECK(lrs.getList("verb=" + encoded(passed) + "&" + agentParam("1"))["statements"].size() == 1);
}

TEST_CASE("unknown or unsupported query parameters and bad values are 400", "[server][get]") {
    RunningLrs lrs;
    auto c = lrs.client();
    CHECK(c.Get("/xapi/statements?colour=blue")->status == 400);
    CHECK(c.Get("/xapi/statements?Verb=x")->status == 400);
    CHECK(c.Get("/xapi/statements?since=yesterday")->status == 400);
    CHECK(c.Get("/xapi/statements?format=full")->status == 400);
    CHECK(c.Get("/xapi/statements?registration=not-a-uuid")->status == 400);
    CHECK(c.Get("/xapi/statements?activity=no-scheme")->status == 400);
    CHECK(c.Get("/xapi/statements?related_agents=1")->status == 400);
    CHECK(c.Get("/xapi/statements?limit=-1")->status == 400);
    CHECK(c.Get("/xapi/statements?ascending=yes")->status == 400);
    CHECK(c.Get("/xapi/statements?more=garbage")->status == 400);
}
