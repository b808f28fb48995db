// What a kiosk credential may read and write of the xAPI records: only the
// statements it stored, and documents only of learners on its OPD's roster or
// whose statements it sent. Admin and reader are not limited.
#include <catch2/catch.hpp>

#include "pelita_fixture.h"

using nlohmann::json;
using pelita::test::PelitaServer;
using namespace pelita::test;

namespace {

std::vector<std::string> actorNips(const json& result) {
    std::vector<std::string> out;
    for (const auto& st : result["statements"]) out.push_back(st["actor"]["account"]["name"]);
    return out;
}

json list(httplib::Client client, const std::string& query = "") {
    auto res = client.Get(("/xapi/statements" + (query.empty() ? "" : "?" + query)).c_str());
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 200);
    return json::parse(res->body);
}

std::string post(httplib::Client client, const json& statement) {
    auto res = client.Post("/xapi/statements", statement.dump(), "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return json::parse(res->body)[0];
}

std::string stateUrl(const std::string& nip) {
    return "/xapi/activities/state?activityId=" + encoded("https://pelita.sawahluntokota.go.id/course/pelayanan-prima") +
           "&agent=" + encoded(learnerAgent(nip).dump()) + "&stateId=resume";
}

} // namespace

TEST_CASE("a kiosk reads only the statements it stored", "[server][pelita][scope][statements]") {
    PelitaServer s;
    const auto other = s.lrs.newCredential(pelita::server::Role::Kiosk, "Kios Lain");
    const auto mine = post(s.kiosk(), learnerStatement(kNipAni));
    post(s.kiosk(), learnerStatement(kNipCitra));
    const auto theirs = post(s.lrs.clientAs(other), learnerStatement(kNipBudi));

    CHECK(actorNips(list(s.kiosk())) == std::vector<std::string>{kNipCitra, kNipAni});
    CHECK(actorNips(list(s.lrs.clientAs(other))) == std::vector<std::string>{kNipBudi});
    CHECK(actorNips(list(s.reader())).size() == 3);
    CHECK(actorNips(list(s.admin())).size() == 3);
    CHECK(list(s.kiosk(), "agent=" + encoded(learnerAgent(kNipBudi).dump()))["statements"].empty());

    auto own = s.kiosk().Get(("/xapi/statements?statementId=" + mine).c_str());
    REQUIRE(own);
    CHECK(own->status == 200);
    auto foreign = s.kiosk().Get(("/xapi/statements?statementId=" + theirs).c_str());
    REQUIRE(foreign);
    CHECK(foreign->status == 403);
    CHECK(json::parse(foreign->body)["error"] == "a kiosk may read only the statements it stored itself");
    auto byReader = s.reader().Get(("/xapi/statements?statementId=" + theirs).c_str());
    REQUIRE(byReader);
    CHECK(byReader->status == 200);

    SECTION("paging keeps the limit") {
        const auto first = list(s.kiosk(), "limit=1");
        CHECK(actorNips(first) == std::vector<std::string>{kNipCitra});
        REQUIRE_FALSE(first["more"].get<std::string>().empty());
        const auto second = list(s.kiosk(), first["more"].get<std::string>().substr(std::string("/xapi/statements?").size()));
        CHECK(actorNips(second) == std::vector<std::string>{kNipAni});
        CHECK(second["more"] == "");
    }
}

TEST_CASE("a kiosk uses the documents only of learners it is entitled to", "[server][pelita][scope][documents]") {
    PelitaServer s;
    REQUIRE(s.putRoster(std::string("nip,name,opd\n") + kNipCitra + ",Citra,Setda\n" + kNipBudi + ",Budi,Dinas Pendidikan\n",
                        "text/csv")
                ->status == 200);
    s.registerKiosk(s.kioskKey, "Setda");
    post(s.kiosk(), learnerStatement(kNipAni)); // Ani is not on the roster, but this kiosk sent her record

    auto put = [&](httplib::Client client, const std::string& nip) {
        auto res = client.Put(stateUrl(nip).c_str(), R"({"lesson":2})", "application/json");
        REQUIRE(res);
        return res->status;
    };
    CHECK(put(s.kiosk(), kNipCitra) == 204); // on its OPD's roster
    CHECK(put(s.kiosk(), kNipAni) == 204);   // whose statement it sent
    CHECK(put(s.kiosk(), kNipBudi) == 403);  // another OPD's learner
    CHECK(put(s.admin(), kNipBudi) == 204);

    auto read = s.kiosk().Get(stateUrl(kNipBudi).c_str());
    REQUIRE(read);
    CHECK(read->status == 403);
    CHECK(json::parse(read->body)["error"].get<std::string>().find("roster") != std::string::npos);
    auto readOwn = s.kiosk().Get(stateUrl(kNipCitra).c_str());
    REQUIRE(readOwn);
    CHECK(readOwn->status == 200);
    CHECK(readOwn->body == R"({"lesson":2})");
    auto remove = s.kiosk().Delete(stateUrl(kNipBudi).c_str());
    REQUIRE(remove);
    CHECK(remove->status == 403);
    auto stillThere = s.admin().Get(stateUrl(kNipBudi).c_str());
    REQUIRE(stillThere);
    CHECK(stillThere->status == 200);

    const auto profile = "/xapi/agents/profile?agent=" + encoded(learnerAgent(kNipBudi).dump()) + "&profileId=p";
    auto agentProfile = s.kiosk().Get(profile.c_str());
    REQUIRE(agentProfile);
    CHECK(agentProfile->status == 403);

    const auto activityProfile = "/xapi/activities/profile?activityId=" +
                                 encoded("https://pelita.sawahluntokota.go.id/course/pelayanan-prima") + "&profileId=p";
    auto readActivity = s.kiosk().Get(activityProfile.c_str());
    REQUIRE(readActivity);
    CHECK(readActivity->status == 404); // allowed, and absent
    auto writeActivity = s.kiosk().Put(activityProfile.c_str(), "{}", "application/json");
    REQUIRE(writeActivity);
    CHECK(writeActivity->status == 403);

    SECTION("a malformed agent is still the handler's 400") {
        auto bad = s.kiosk().Get("/xapi/activities/state?activityId=https%3A%2F%2Fx.go.id&agent=nope&stateId=s");
        REQUIRE(bad);
        CHECK(bad->status == 400);
    }
}
