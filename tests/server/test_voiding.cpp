// Voiding (xAPI 1.0.3 Data 2.3.2, Communication 2.1.4) over HTTP.
#include <catch2/catch.hpp>

#include "lrs_fixture.h"

using nlohmann::json;
using pelita::test::learnerStatement;
using pelita::test::RunningLrs;

namespace {
const std::string kTarget = "bbbbbbbb-0000-4000-8000-000000000001";
const std::string kVoider = "bbbbbbbb-0000-4000-8000-000000000002";

json voiding(const std::string& target, std::optional<std::string> id = std::nullopt) {
    auto s = learnerStatement("1", id, "http://adlnet.gov/expapi/verbs/voided");
    s["object"] = {{"objectType", "StatementRef"}, {"id", target}};
    s.erase("result");
    return s;
}

int statusOf(const RunningLrs& lrs, const std::string& query) {
    return lrs.client().Get(("/xapi/statements?" + query).c_str())->status;
}

std::vector<std::string> idsIn(const json& list) {
    std::vector<std::string> ids;
    for (const auto& s : list["statements"]) ids.push_back(s["id"].get<std::string>());
    return ids;
}
} // namespace

TEST_CASE("a voided statement is reachable only by voidedStatementId", "[server][voiding]") {
    RunningLrs lrs;
    REQUIRE(lrs.post(learnerStatement("1", kTarget))->status == 200);
    CHECK(statusOf(lrs, "voidedStatementId=" + kTarget) == 404); // not voided yet
    REQUIRE(lrs.post(voiding(kTarget, kVoider))->status == 200);

    CHECK(statusOf(lrs, "statementId=" + kTarget) == 404);
    auto voided = lrs.client().Get(("/xapi/statements?voidedStatementId=" + kTarget).c_str());
    REQUIRE(voided->status == 200);
    CHECK(json::parse(voided->body)["id"] == kTarget);
    CHECK(statusOf(lrs, "statementId=" + kVoider) == 200);
    CHECK(statusOf(lrs, "voidedStatementId=" + kVoider) == 404);
    // Lists leave the voided statement out but keep the voiding one.
    CHECK(idsIn(lrs.getList("")) == std::vector<std::string>{kVoider});
}

TEST_CASE("filters return the voiding statement when its target matches", "[server][voiding][filter]") {
    RunningLrs lrs;
    const std::string passed = "http://adlnet.gov/expapi/verbs/passed";
    REQUIRE(lrs.post(learnerStatement("1", kTarget, passed))->status == 200);
    REQUIRE(lrs.post(learnerStatement("2", std::nullopt, passed))->status == 200);
    REQUIRE(lrs.post(voiding(kTarget, kVoider))->status == 200);
    const auto list = lrs.getList("verb=" + httplib::detail::encode_query_param(passed));
    REQUIRE(list["statements"].size() == 2);
    CHECK(list["statements"][0]["id"] == kVoider); // the voiding statement (verb voided) matches through its target
    CHECK(list["statements"][1]["actor"]["account"]["name"] == "2");
}

TEST_CASE("voiding a voiding statement is refused and stores nothing", "[server][voiding]") {
    RunningLrs lrs;
    REQUIRE(lrs.post(learnerStatement("1", kTarget))->status == 200);
    REQUIRE(lrs.post(voiding(kTarget, kVoider))->status == 200);
    auto res = lrs.post(json::array({learnerStatement("3"), voiding(kVoider)}));
    CHECK(res->status == 400);
    CHECK(json::parse(res->body)["error"].get<std::string>().find("itself a voiding statement") != std::string::npos);
    CHECK(lrs.getList("")["statements"].size() == 1); // the batch left nothing behind
    CHECK(statusOf(lrs, "statementId=" + kVoider) == 200);
}

TEST_CASE("a voiding statement that arrives before its target voids it on arrival", "[server][voiding]") {
    RunningLrs lrs;
    REQUIRE(lrs.post(voiding(kTarget, kVoider))->status == 200);
    REQUIRE(lrs.post(learnerStatement("1", kTarget))->status == 200);
    CHECK(statusOf(lrs, "statementId=" + kTarget) == 404);
    CHECK(statusOf(lrs, "voidedStatementId=" + kTarget) == 200);
}

TEST_CASE("immutability: the same id with another body is 409, and the stored one stays", "[server][voiding][put]") {
    RunningLrs lrs;
    REQUIRE(lrs.post(learnerStatement("1", kTarget))->status == 200);
    auto changed = learnerStatement("1", kTarget);
    changed["result"]["success"] = false;
    CHECK(lrs.post(changed)->status == 409);
    CHECK(lrs.client().Put(("/xapi/statements?statementId=" + kTarget).c_str(), changed.dump(), "application/json")->status == 409);
    auto got = lrs.client().Get(("/xapi/statements?statementId=" + kTarget).c_str());
    CHECK(json::parse(got->body)["result"]["success"] == true);
}
