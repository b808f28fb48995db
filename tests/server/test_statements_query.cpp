// GET /xapi/statements parameters beyond agent and verb (Communication 2.1.3).
#include <catch2/catch.hpp>

#include "lrs_fixture.h"

using nlohmann::json;
using pelita::test::learnerStatement;
using pelita::test::RunningLrs;

using pelita::test::encoded;

namespace {
const std::string kCourse = "https://pelita.example.go.id/course/etika";
const std::string kQuestion = "https://pelita.example.go.id/course/etika/q1";
const std::string kRegistration = "cccccccc-0000-4000-8000-000000000001";

json inCourse(const std::string& nip, std::optional<std::string> id = std::nullopt) {
    auto s = learnerStatement(nip, id);
    s["context"] = {{"registration", kRegistration},
                    {"instructor", {{"mbox", "mailto:pelatih@example.go.id"}}},
                    {"contextActivities", {{"parent", json::array({{{"id", kCourse}}})}}}};
    return s;
}

std::size_t countOf(const RunningLrs& lrs, const std::string& query) { return lrs.getList(query)["statements"].size(); }
} // namespace

TEST_CASE("activity and related_activities", "[server][get][filter]") {
    RunningLrs lrs;
    REQUIRE(lrs.post(json::array({inCourse("1"), learnerStatement("2")}))->status == 200);
    CHECK(countOf(lrs, "activity=" + encoded(kQuestion)) == 2);
    CHECK(countOf(lrs, "activity=" + encoded(kCourse)) == 0); // only a parent: needs related_activities
    CHECK(countOf(lrs, "activity=" + encoded(kCourse) + "&related_activities=true") == 1);
    CHECK(countOf(lrs, "activity=" + encoded("https://elsewhere.example.org/x")) == 0);
}

TEST_CASE("registration, related_agents and StatementRef targets", "[server][get][filter]") {
    RunningLrs lrs;
    const std::string target = "cccccccc-0000-4000-8000-0000000000aa";
    REQUIRE(lrs.post(json::array({inCourse("1", target), learnerStatement("2")}))->status == 200);
    CHECK(countOf(lrs, "registration=" + kRegistration) == 1);
    CHECK(countOf(lrs, "registration=" + std::string("CCCCCCCC-0000-4000-8000-000000000001")) == 1);
    const auto instructor = "agent=" + encoded(R"({"mbox":"mailto:pelatih@example.go.id"})");
    CHECK(countOf(lrs, instructor) == 0);
    CHECK(countOf(lrs, instructor + "&related_agents=true") == 1);
    // A statement about the first one matches the first one's filters.
    auto comment = learnerStatement("3", std::nullopt, "http://adlnet.gov/expapi/verbs/commented");
    comment["object"] = {{"objectType", "StatementRef"}, {"id", target}};
    comment.erase("result");
    REQUIRE(lrs.post(comment)->status == 200);
    CHECK(countOf(lrs, "registration=" + kRegistration) == 2);
}

TEST_CASE("since and until bound the stored time", "[server][get][filter]") {
    RunningLrs lrs;
    REQUIRE(lrs.post(learnerStatement("1"))->status == 200);
    const auto stored = lrs.getList("")["statements"][0]["stored"].get<std::string>();
    CHECK(countOf(lrs, "since=" + encoded(stored)) == 0); // since is exclusive
    CHECK(countOf(lrs, "until=" + encoded(stored)) == 1); // until is inclusive
    CHECK(countOf(lrs, "since=2000-01-01T00:00:00Z") == 1);
    CHECK(countOf(lrs, "until=2000-01-01T00:00:00Z") == 0);
    // Zones are honoured: 07:00+07:00 is midnight UTC.
    CHECK(countOf(lrs, "since=" + encoded("2000-01-01T07:00:00+07:00")) == 1);
}

TEST_CASE("format=ids keeps identifiers, canonical keeps one language", "[server][get][format]") {
    RunningLrs lrs;
    auto s = learnerStatement("1");
    s["verb"]["display"] = {{"id-ID", "menjawab"}, {"en-US", "answered"}};
    s["object"]["definition"] = {{"name", {{"id-ID", "Soal 1"}, {"en-US", "Question 1"}}}};
    REQUIRE(lrs.post(s)->status == 200);

    const auto ids = lrs.getList("format=ids")["statements"][0];
    CHECK(ids["verb"] == json{{"id", "http://adlnet.gov/expapi/verbs/answered"}});
    CHECK(ids["object"] == json{{"objectType", "Activity"}, {"id", kQuestion}});
    CHECK_FALSE(ids["actor"].contains("name"));
    CHECK(ids["actor"]["account"]["name"] == "1");

    auto c = lrs.client();
    c.set_default_headers({{"X-Experience-API-Version", "1.0.3"}, {"Accept-Language", "en;q=0.9, id-ID;q=0.5"}});
    const auto canonical = json::parse(c.Get("/xapi/statements?format=canonical")->body)["statements"][0];
    CHECK(canonical["verb"]["display"] == json{{"en-US", "answered"}});
    CHECK(canonical["object"]["definition"]["name"] == json{{"en-US", "Question 1"}});
    CHECK(canonical["actor"]["name"] == "Peserta 1"); // agents stay exact

    const auto exact = lrs.getList("format=exact")["statements"][0];
    CHECK(exact["verb"]["display"].size() == 2);
}

TEST_CASE("attachments=true answers multipart/mixed with the statements first", "[server][get][attachments]") {
    RunningLrs lrs;
    REQUIRE(lrs.post(learnerStatement("1"))->status == 200);
    auto res = lrs.client().Get("/xapi/statements?attachments=true");
    REQUIRE(res->status == 200);
    const auto type = res->get_header_value("Content-Type");
    REQUIRE(type.rfind("multipart/mixed; boundary=", 0) == 0);
    const auto boundary = type.substr(type.find('=') + 1);
    const auto start = res->body.find("\r\n\r\n");
    REQUIRE(res->body.rfind("--" + boundary + "\r\nContent-Type: application/json\r\n", 0) == 0);
    const auto end = res->body.find("\r\n--" + boundary + "--");
    REQUIRE(end != std::string::npos);
    const auto part = json::parse(res->body.substr(start + 4, end - start - 4));
    CHECK(part["statements"].size() == 1);
    CHECK(lrs.client().Get("/xapi/statements?attachments=maybe")->status == 400);
}

TEST_CASE("paging keeps every filter of the first page", "[server][get][paging]") {
    RunningLrs lrs;
    json batch = json::array();
    for (int i = 0; i < 5; ++i) batch.push_back(inCourse("1"));
    for (int i = 0; i < 5; ++i) batch.push_back(learnerStatement("2"));
    REQUIRE(lrs.post(batch)->status == 200);
    auto page = lrs.getList("limit=2&format=ids&registration=" + kRegistration);
    std::size_t seen = 0;
    while (true) {
        for (const auto& s : page["statements"]) {
            CHECK_FALSE(s["actor"].contains("name")); // still format=ids
            ++seen;
        }
        const auto more = page["more"].get<std::string>();
        if (more.empty()) break;
        page = json::parse(lrs.client().Get(more.c_str())->body);
    }
    CHECK(seen == 5);
}
