// The validator's rules from xAPI 1.0.3 Data section 2.4, property by property.
#include <catch2/catch.hpp>

#include "lrs_fixture.h"
#include "statement_validator.h"

using nlohmann::json;
using pelita::server::validateStatement;
using pelita::test::learnerStatement;

namespace {
std::string problemWith(const json& s) { return validateStatement(s, "statement").value_or("valid"); }

json questionActivity() {
    return {{"objectType", "Activity"},
            {"id", "https://pelita.example.go.id/course/etika/q1"},
            {"definition",
             {{"name", {{"id-ID", "Soal 1"}}},
              {"type", "http://adlnet.gov/expapi/activities/cmi.interaction"},
              {"interactionType", "choice"},
              {"correctResponsesPattern", {"b"}},
              {"choices", json::array({{{"id", "a"}, {"description", {{"id-ID", "A"}}}},
                                       {{"id", "b"}, {"description", {{"id-ID", "B"}}}}})}}}};
}
} // namespace

TEST_CASE("2.4.2 actors: objectType, identifiers and group members", "[server][validator][actor]") {
    auto s = learnerStatement("1");
    CHECK(problemWith(s) == "valid");
    SECTION("objectType must be a string naming Agent or Group") {
        s["actor"]["objectType"] = 7;
        CHECK(problemWith(s) == "statement.actor.objectType: must be a string");
        s["actor"]["objectType"] = "agent";
        CHECK(problemWith(s) == "statement.actor.objectType: must be \"Agent\" or \"Group\"");
    }
    SECTION("a Group's members are Agents") {
        s["actor"] = {{"objectType", "Group"}, {"member", json::array({{{"objectType", "Group"}, {"mbox", "mailto:g@x.org"}}})}};
        CHECK(problemWith(s) == "statement.actor.member[0].objectType: Group members must be Agents");
    }
    SECTION("an anonymous Group needs members") {
        s["actor"] = {{"objectType", "Group"}, {"name", "tim"}};
        CHECK(problemWith(s) == "statement.actor.member: an anonymous Group needs a non-empty member array");
    }
    SECTION("account needs homePage IRI and name") {
        s["actor"]["account"]["homePage"] = "not an iri";
        CHECK(problemWith(s) == "statement.actor.account.homePage: must be an absolute IRI");
    }
    SECTION("mbox_sha1sum is 40 hex digits") {
        s["actor"] = {{"mbox_sha1sum", "abc"}};
        CHECK(problemWith(s) == "statement.actor.mbox_sha1sum: must be 40 hex digits");
    }
}

TEST_CASE("2.4.3 verbs and language maps", "[server][validator][verb]") {
    auto s = learnerStatement("1");
    SECTION("display keys are RFC 5646 language tags") {
        s["verb"]["display"] = {{"not a tag", "x"}};
        CHECK(problemWith(s) == "statement.verb.display.not a tag: not an RFC 5646 language tag");
    }
    SECTION("display values are strings") {
        s["verb"]["display"] = {{"en-US", 3}};
        CHECK(problemWith(s) == "statement.verb.display.en-US: language map values must be strings");
    }
    SECTION("verbs have no other properties") {
        s["verb"]["name"] = "answered";
        CHECK(problemWith(s) == "statement.verb.name: not an allowed property here");
    }
}

TEST_CASE("2.4.4 objects: activities, interactions, StatementRefs, SubStatements", "[server][validator][object]") {
    auto s = learnerStatement("1");
    s["object"] = questionActivity();
    CHECK(problemWith(s) == "valid");
    SECTION("unknown interactionType") {
        s["object"]["definition"]["interactionType"] = "essay";
        CHECK(problemWith(s).rfind("statement.object.definition.interactionType: must be one of", 0) == 0);
    }
    SECTION("interaction components need distinct ids") {
        s["object"]["definition"]["choices"][1]["id"] = "a";
        CHECK(problemWith(s) == "statement.object.definition.choices[1].id: \"a\" is used twice in this list");
    }
    SECTION("interaction properties need an interactionType") {
        s["object"]["definition"].erase("interactionType");
        CHECK(problemWith(s) == "statement.object.definition.choices: needs interactionType");
    }
    SECTION("correctResponsesPattern holds strings") {
        s["object"]["definition"]["correctResponsesPattern"] = json::array({1});
        CHECK(problemWith(s) == "statement.object.definition.correctResponsesPattern[0]: must be a string");
    }
    SECTION("unknown definition property") {
        s["object"]["definition"]["colour"] = "red";
        CHECK(problemWith(s) == "statement.object.definition.colour: not an allowed property here");
    }
    SECTION("StatementRef needs a UUID") {
        s["object"] = {{"objectType", "StatementRef"}, {"id", "nope"}};
        CHECK(problemWith(s) == "statement.object.id: must be a UUID");
    }
    SECTION("a SubStatement may not carry id, stored, version or authority") {
        s["object"] = {{"objectType", "SubStatement"}, {"actor", s["actor"]}, {"verb", s["verb"]},
                       {"object", questionActivity()}, {"id", "aaaaaaaa-0000-4000-8000-000000000000"}};
        CHECK(problemWith(s) == "statement.object.id: not an allowed property here");
    }
    SECTION("a SubStatement's timestamp is checked too") {
        s["object"] = {{"objectType", "SubStatement"}, {"actor", s["actor"]}, {"verb", s["verb"]},
                       {"object", questionActivity()}, {"timestamp", "soon"}};
        CHECK(problemWith(s) == "statement.object.timestamp: must be an ISO 8601 date and time");
    }
    SECTION("a voiding statement targets a StatementRef") {
        s["verb"]["id"] = "http://adlnet.gov/expapi/verbs/voided";
        CHECK(problemWith(s).rfind("statement.object: a voiding statement's object must be a StatementRef", 0) == 0);
    }
}

TEST_CASE("2.4.5-2.4.6 result and context", "[server][validator][context]") {
    auto s = learnerStatement("1");
    SECTION("raw within min and max") {
        s["result"]["score"] = {{"raw", 11}, {"min", 0}, {"max", 10}};
        CHECK(problemWith(s) == "statement.result.score.raw: must not be greater than max");
    }
    SECTION("revision and platform only with an Activity object") {
        s["object"] = {{"objectType", "Agent"}, {"mbox", "mailto:someone@example.org"}};
        s["context"] = {{"platform", "Pelita"}};
        CHECK(problemWith(s) == "statement.context.platform: only allowed when the object is an Activity");
    }
    SECTION("context.language is a language tag") {
        s["context"] = {{"language", "bahasa indonesia"}};
        CHECK(problemWith(s) == "statement.context.language: must be an RFC 5646 language tag");
    }
    SECTION("contextActivities hold Activities") {
        s["context"] = {{"contextActivities", {{"parent", {{{"objectType", "Agent"}, {"id", "http://x"}}}}}}};
        CHECK(problemWith(s) == "statement.context.contextActivities.parent[0].objectType: must be \"Activity\"");
    }
    SECTION("extension keys are IRIs") {
        s["result"]["extensions"] = {{"score-detail", 1}};
        CHECK(problemWith(s) == "statement.result.extensions.score-detail: must be an absolute IRI");
    }
}

TEST_CASE("2.4.11 attachment metadata", "[server][validator][attachments]") {
    auto s = learnerStatement("1");
    const json good = {{"usageType", "http://adlnet.gov/expapi/attachments/signature"},
                       {"display", {{"en-US", "certificate"}}},
                       {"contentType", "application/pdf"},
                       {"length", 1234},
                       {"sha2", std::string(64, 'a')},
                       {"fileUrl", "https://pelita.example.go.id/cert.pdf"}};
    s["attachments"] = json::array({good});
    CHECK(problemWith(s) == "valid");
    SECTION("sha2 is a SHA-2 hash") {
        s["attachments"][0]["sha2"] = "abc";
        CHECK(problemWith(s) == "statement.attachments[0].sha2: must be a SHA-2 hash in hex");
    }
    SECTION("length is a non-negative integer") {
        s["attachments"][0]["length"] = -1;
        CHECK(problemWith(s) == "statement.attachments[0].length: must be a non-negative integer");
    }
    SECTION("contentType is a media type") {
        s["attachments"][0]["contentType"] = "pdf";
        CHECK(problemWith(s).rfind("statement.attachments[0].contentType: must be an Internet media type", 0) == 0);
    }
    SECTION("display is required") {
        s["attachments"][0].erase("display");
        CHECK(problemWith(s) == "statement.attachments[0].display: missing");
    }
}

TEST_CASE("IRIs and language tags: the edges of their shapes", "[server][validator]") {
    auto s = learnerStatement("1");
    // Each check gives the verb one value; only that value decides the outcome.
    const auto verbId = [&](const std::string& id) {
        s["verb"]["id"] = id;
        return problemWith(s) == "valid";
    };
    CHECK(verbId("http://adlnet.gov/expapi/verbs/answered"));
    CHECK(verbId("urn:uuid:0b8e1a2c-1b6f-4c5e-9a3e-2f4d5c6b7a8e"));
    CHECK(verbId("x-pelita+v1.2:kata/berhasil"));           // scheme letters, digits, + . -
    CHECK(verbId("https://contoh.go.id/kata/ujian-ulang?ke=2")); // with a query
    CHECK(verbId("https://contoh.go.id/kata/lulus\xC2\xA0" "baru")); // UTF-8 (a no-break space) passes
    CHECK_FALSE(verbId("answered"));             // no scheme
    CHECK_FALSE(verbId(":answered"));            // empty scheme
    CHECK_FALSE(verbId("1http://x"));            // a scheme starts with a letter
    CHECK_FALSE(verbId("ht_tp://x"));            // _ is not a scheme character
    CHECK_FALSE(verbId("http:"));                // nothing after the colon
    CHECK_FALSE(verbId("http://x y"));           // a space
    CHECK_FALSE(verbId("http://x\ty"));          // a tab
    CHECK_FALSE(verbId("http://x\n"));           // a newline at the end

    s["verb"]["id"] = "http://adlnet.gov/expapi/verbs/answered";
    const auto tag = [&](const std::string& t) {
        s["verb"]["display"] = {{t, "x"}};
        return problemWith(s) == "valid";
    };
    CHECK(tag("id"));
    CHECK(tag("id-ID"));
    CHECK(tag("en-US"));
    CHECK(tag("zh-Hant-TW"));
    CHECK(tag("es-419"));
    CHECK(tag("abcdefgh-12345678"));
    CHECK_FALSE(tag(""));
    CHECK_FALSE(tag("419"));                     // the primary subtag is letters
    CHECK_FALSE(tag("abcdefghi"));               // at most 8
    CHECK_FALSE(tag("id-"));                     // an empty subtag
    CHECK_FALSE(tag("id--ID"));
    CHECK_FALSE(tag("-id"));
    CHECK_FALSE(tag("id_ID"));
    CHECK_FALSE(tag("en-123456789"));
}
