// PUT /xapi/statements?statementId=...: store one statement under a given id.
#include <catch2/catch.hpp>

#include "lrs_fixture.h"

using nlohmann::json;
using pelita::test::learnerStatement;
using pelita::test::RunningLrs;

namespace {
httplib::Result put(const RunningLrs& lrs, const std::string& id, const json& body) {
    return lrs.client().Put(("/xapi/statements?statementId=" + id).c_str(), body.dump(), "application/json");
}
} // namespace

TEST_CASE("PUT stores under statementId with 204, and again with the same body", "[server][put]") {
    RunningLrs lrs;
    const std::string id = "dddddddd-0000-4000-8000-000000000001";
    auto first = put(lrs, id, learnerStatement("1")); // no id in the body: taken from the parameter
    REQUIRE(first);
    CHECK(first->status == 204);
    CHECK(first->body.empty());
    CHECK(put(lrs, id, learnerStatement("1", id))->status == 204);
    auto got = lrs.client().Get(("/xapi/statements?statementId=" + id).c_str());
    REQUIRE(got->status == 200);
    CHECK(json::parse(got->body)["id"] == id);
    CHECK(lrs.getList("")["statements"].size() == 1);
}

TEST_CASE("PUT with a different body for a stored id is 409 and changes nothing", "[server][put]") {
    RunningLrs lrs;
    const std::string id = "dddddddd-0000-4000-8000-000000000002";
    REQUIRE(put(lrs, id, learnerStatement("1"))->status == 204);
    CHECK(put(lrs, id, learnerStatement("2"))->status == 409);
    auto got = lrs.client().Get(("/xapi/statements?statementId=" + id).c_str());
    CHECK(json::parse(got->body)["actor"]["account"]["name"] == "1");
}

TEST_CASE("PUT rejects a body id that differs from statementId, and a missing or bad statementId", "[server][put]") {
    RunningLrs lrs;
    auto mismatch = put(lrs, "dddddddd-0000-4000-8000-000000000003",
                        learnerStatement("1", "dddddddd-0000-4000-8000-000000000004"));
    REQUIRE(mismatch->status == 400);
    CHECK(json::parse(mismatch->body)["error"].get<std::string>().find("statementId") != std::string::npos);
    CHECK(put(lrs, "not-a-uuid", learnerStatement("1"))->status == 400);
    CHECK(lrs.client().Put("/xapi/statements", learnerStatement("1").dump(), "application/json")->status == 400);
    CHECK(put(lrs, "dddddddd-0000-4000-8000-000000000005", json::array({learnerStatement("1")}))->status == 400);
    CHECK(lrs.getList("")["statements"].empty());
}
