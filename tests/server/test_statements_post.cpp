// POST /xapi/statements: validation, LRS-set properties, batches, duplicates, gzip.
#include <catch2/catch.hpp>
#include <pelita/content/gzip.h>

#include "lrs_fixture.h"
#include "uuid.h"

using nlohmann::json;
using pelita::test::learnerStatement;
using pelita::test::RunningLrs;

namespace {
std::size_t storedCount(const RunningLrs& lrs) { return lrs.getList("limit=0")["statements"].size(); }
std::string gzip(const std::string& text) { return pelita::content::gzipCompress(text); }
std::string errorOf(const httplib::Result& res) { return json::parse(res->body)["error"].get<std::string>(); }
} // namespace

TEST_CASE("POST one statement returns its new id and the LRS fills in its properties", "[server][post]") {
    RunningLrs lrs;
    auto res = lrs.post(learnerStatement("198501012010011001"));
    REQUIRE(res);
    REQUIRE(res->status == 200);
    const auto ids = json::parse(res->body);
    REQUIRE(ids.size() == 1);
    REQUIRE(pelita::server::isUuid(ids[0].get<std::string>()));

    auto got = lrs.client().Get(("/xapi/statements?statementId=" + ids[0].get<std::string>()).c_str());
    REQUIRE(got->status == 200);
    const auto s = json::parse(got->body);
    CHECK(s["id"] == ids[0]);
    CHECK(s["version"] == "1.0.0");
    CHECK(s["timestamp"] == s["stored"]);
    CHECK(s["authority"]["account"]["name"] == lrs.credential.key);
    CHECK(s["authority"]["account"]["homePage"] == pelita::test::kHomePage);
    CHECK(s["result"]["score"]["scaled"] == 0.75);
}

TEST_CASE("POST an array returns the ids in order", "[server][post]") {
    RunningLrs lrs;
    const std::string a = "aaaaaaaa-0000-4000-8000-000000000001", b = "aaaaaaaa-0000-4000-8000-000000000002";
    auto res = lrs.post(json::array({learnerStatement("1", a), learnerStatement("2"), learnerStatement("3", b)}));
    REQUIRE(res->status == 200);
    const auto ids = json::parse(res->body);
    REQUIRE(ids.size() == 3);
    CHECK(ids[0] == a);
    CHECK(ids[2] == b);
    CHECK(storedCount(lrs) == 3);
}

TEST_CASE("a batch that names no activity keeps quotes, backslashes and non-ASCII text, and is found by agent",
          "[server][post]") {
    RunningLrs lrs;
    const json mentor = {{"objectType", "Agent"},
                         {"name", "Dra. \"Sri\" Wahyuni \\ Pembina"},
                         {"account", {{"homePage", pelita::test::kHomePage}, {"name", "197001011995032001"}}}};
    auto statement = [&](const std::string& nip, const std::string& id) {
        auto s = learnerStatement(nip, id, "http://id.tincanapi.com/verb/mentored");
        s["object"] = mentor;
        s["result"] = {{"response", "Pelayanan \"prima\" \\ ramah, tanpa pungutan: Rp0 \u2014 selesai."}};
        s.erase("context");
        return s;
    };
    const auto a = statement("1", "dddddddd-0000-4000-8000-000000000001");
    const auto b = statement("2", "dddddddd-0000-4000-8000-000000000002");
    REQUIRE(lrs.post(json::array({a, b}))->status == 200);
    for (const auto& sent : {a, b}) {
        auto got = lrs.client().Get(("/xapi/statements?statementId=" + sent["id"].get<std::string>()).c_str());
        REQUIRE(got->status == 200);
        const auto s = json::parse(got->body);
        CHECK(s["object"] == mentor);
        CHECK(s["result"] == sent["result"]);
    }
    const auto byMentor = lrs.getList("agent=" + pelita::test::encoded(mentor.dump()) + "&related_agents=true");
    CHECK(byMentor["statements"].size() == 2);
}

TEST_CASE("malformed JSON is a 400 that says so", "[server][post]") {
    RunningLrs lrs;
    auto res = lrs.client().Post("/xapi/statements", "[{\"actor\": ", "application/json");
    REQUIRE(res->status == 400);
    CHECK(errorOf(res).find("malformed JSON") != std::string::npos);
    CHECK(lrs.client().Post("/xapi/statements", "42", "application/json")->status == 400);
    CHECK(lrs.client().Post("/xapi/statements", "{}", "text/plain")->status == 400);
}

TEST_CASE("a validation error names the property, and nothing of the batch is stored", "[server][post]") {
    RunningLrs lrs;
    auto bad = learnerStatement("3");
    bad["actor"]["account"].erase("name");
    auto res = lrs.post(json::array({learnerStatement("1"), learnerStatement("2"), bad}));
    REQUIRE(res->status == 400);
    CHECK(errorOf(res) == "statement[2].actor.account.name: missing");
    CHECK(storedCount(lrs) == 0);

    auto single = learnerStatement("4");
    single["result"]["score"]["scaled"] = 1.5;
    auto one = lrs.post(single);
    REQUIRE(one->status == 400);
    CHECK(errorOf(one).rfind("statement.result.score.scaled:", 0) == 0);
}

TEST_CASE("the same statement sent twice is stored once; a different body is 409", "[server][post][duplicates]") {
    RunningLrs lrs;
    const std::string id = "bbbbbbbb-0000-4000-8000-000000000001";
    REQUIRE(lrs.post(learnerStatement("1", id))->status == 200);
    auto again = lrs.post(json::array({learnerStatement("1", id), learnerStatement("2")}));
    REQUIRE(again->status == 200);
    CHECK(json::parse(again->body)[0] == id);
    CHECK(storedCount(lrs) == 2);

    auto changed = learnerStatement("1", id);
    changed["result"]["score"]["scaled"] = 0.1;
    auto conflict = lrs.post(json::array({learnerStatement("9"), changed}));
    REQUIRE(conflict->status == 409);
    CHECK(storedCount(lrs) == 2); // the other statement of the rejected batch was not stored
}

TEST_CASE("one id twice in one batch is a 400", "[server][post][duplicates]") {
    RunningLrs lrs;
    const std::string id = "cccccccc-0000-4000-8000-000000000001";
    auto changed = learnerStatement("1", id);
    changed["verb"]["id"] = "http://adlnet.gov/expapi/verbs/passed";
    auto res = lrs.post(json::array({learnerStatement("1", id), changed}));
    REQUIRE(res->status == 400);
    CHECK(errorOf(res).find("statement[1].id") != std::string::npos);
    CHECK(storedCount(lrs) == 0);
}

TEST_CASE("a gzip-compressed request body is accepted", "[server][post][gzip]") {
    RunningLrs lrs;
    json batch = json::array();
    for (int i = 0; i < 50; ++i) batch.push_back(learnerStatement(std::to_string(i)));
    const std::string body = gzip(batch.dump());
    REQUIRE(body.size() < batch.dump().size()); // it really is compressed on the wire
    auto c = lrs.client();
    auto res = c.Post("/xapi/statements", {{"Content-Encoding", "gzip"}}, body, "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    CHECK(json::parse(res->body).size() == 50);
    CHECK(storedCount(lrs) == 50);
}
