// The statement validator and its helpers, without HTTP.
#include <catch2/catch.hpp>

#include "iso8601.h"
#include "lrs_fixture.h"
#include "paging_token.h"
#include "statement_ingest.h"
#include "statement_validator.h"

using nlohmann::json;
using pelita::server::validateStatement;
using pelita::test::learnerStatement;

namespace {
std::string problemWith(const json& s) { return validateStatement(s, "statement").value_or("valid"); }
} // namespace

TEST_CASE("a learner statement is valid", "[server][validator]") {
    CHECK(problemWith(learnerStatement("198501012010011001")) == "valid");
}

TEST_CASE("the validator names the property that is wrong", "[server][validator]") {
    auto s = learnerStatement("1");
    SECTION("unknown top-level property") {
        s["colour"] = "blue";
        CHECK(problemWith(s) == "statement.colour: not an allowed property here");
    }
    SECTION("id that is not a UUID") {
        s["id"] = "12345";
        CHECK(problemWith(s) == "statement.id: must be a UUID");
    }
    SECTION("missing actor, verb, object") {
        for (const char* part : {"actor", "verb", "object"}) {
            auto t = s;
            t.erase(part);
            CHECK(problemWith(t) == std::string("statement.") + part + ": missing");
        }
    }
    SECTION("two identifiers on one agent") {
        s["actor"]["mbox"] = "mailto:a@example.org";
        CHECK(problemWith(s).rfind("statement.actor: has more than one", 0) == 0);
    }
    SECTION("no identifier") {
        s["actor"] = {{"name", "Anon"}};
        CHECK(problemWith(s).rfind("statement.actor: needs one", 0) == 0);
    }
    SECTION("mbox without mailto") {
        s["actor"] = {{"mbox", "a@example.org"}};
        CHECK(problemWith(s) == "statement.actor.mbox: must be a mailto: IRI");
    }
    SECTION("verb id that is not an IRI") {
        s["verb"]["id"] = "answered";
        CHECK(problemWith(s) == "statement.verb.id: must be an absolute IRI");
    }
    SECTION("activity without id") {
        s["object"].erase("id");
        CHECK(problemWith(s) == "statement.object.id: missing");
    }
    SECTION("scaled score out of range") {
        s["result"]["score"]["scaled"] = -1.01;
        CHECK(problemWith(s) == "statement.result.score.scaled: must be between -1 and 1");
    }
    SECTION("bad timestamp") {
        s["timestamp"] = "yesterday";
        CHECK(problemWith(s) == "statement.timestamp: must be an ISO 8601 date and time");
    }
    SECTION("bad duration") {
        s["result"]["duration"] = "90 seconds";
        CHECK(problemWith(s).rfind("statement.result.duration:", 0) == 0);
    }
    SECTION("nested SubStatement") {
        s["object"] = {{"objectType", "SubStatement"}, {"actor", s["actor"]}, {"verb", s["verb"]},
                       {"object", {{"objectType", "SubStatement"}}}};
        CHECK(problemWith(s) == "statement.object.object.objectType: a SubStatement cannot contain a SubStatement");
    }
}

TEST_CASE("ISO 8601 timestamps", "[server][validator]") {
    using pelita::server::isIso8601Timestamp;
    CHECK(isIso8601Timestamp("2024-05-01T08:30:00Z"));
    CHECK(isIso8601Timestamp("2024-05-01T08:30:00.123+07:00"));
    CHECK(isIso8601Timestamp(pelita::server::nowUtcIso8601()));
    CHECK_FALSE(isIso8601Timestamp("2024-05-01"));
    CHECK_FALSE(isIso8601Timestamp("2024-13-01T08:30:00Z"));
    CHECK_FALSE(isIso8601Timestamp("2024-05-01T08:30:00-00:00"));
}

TEST_CASE("comparison ignores what the LRS sets, but not the content", "[server][validator]") {
    using pelita::server::comparisonForm;
    auto a = learnerStatement("1", "ffffffff-0000-4000-8000-000000000001");
    auto b = a;
    b["stored"] = "2024-05-01T08:30:00Z";
    b["version"] = "1.0.0";
    b["authority"] = {{"mbox", "mailto:lrs@example.org"}};
    CHECK(comparisonForm(a) == comparisonForm(b));
    b["result"]["success"] = false;
    CHECK(comparisonForm(a) != comparisonForm(b));
}

TEST_CASE("a paging token round-trips and garbage is refused", "[server][paging]") {
    pelita::server::StatementQuery q;
    q.agentKey = "account:[\"h\",\"n\"]";
    q.limit = 5;
    q.after = 42;
    q.upTo = 99;
    q.ascending = true;
    auto back = pelita::server::decodePagingToken(pelita::server::encodePagingToken(q));
    REQUIRE(back);
    CHECK(back->agentKey == q.agentKey);
    CHECK(back->limit == 5);
    CHECK(back->after == 42);
    CHECK(back->upTo == 99);
    CHECK(back->ascending);
    CHECK_FALSE(pelita::server::decodePagingToken("not a token"));
    CHECK_FALSE(pelita::server::decodePagingToken(""));
}
