// Certificates: announced in a passed statement's result extension, indexed
// as it is stored, and checked by anyone at /pelita/v1/certificates/{id}.
#include <catch2/catch.hpp>

#include "pelita_fixture.h"

using nlohmann::json;
using pelita::test::PelitaServer;
using namespace pelita::test;

namespace {

const char* const kExtension = "https://pelita.sawahluntokota.go.id/xapi/extensions/certificate";
const char* const kCourse = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima";

json passed(const std::string& nip, const json& certificate) {
    return {{"actor", {{"objectType", "Agent"}, {"name", "Ani Lestari"}, {"account", {{"homePage", kHomePage}, {"name", nip}}}}},
            {"verb", {{"id", "http://adlnet.gov/expapi/verbs/passed"}, {"display", {{"id-ID", "lulus"}}}}},
            {"object", {{"id", kCourse}, {"definition", {{"name", {{"id-ID", "Pelayanan Prima bagi ASN"}}}}}}},
            {"timestamp", "2026-03-02T09:15:00+07:00"},
            {"result", {{"success", true}, {"score", {{"scaled", 0.85}}}, {"extensions", {{kExtension, certificate}}}}}};
}

httplib::Result check(const PelitaServer& s, const std::string& id) {
    return s.lrs.bareClient().Get(("/pelita/v1/certificates/" + id).c_str());
}

} // namespace

TEST_CASE("a certificate in a passed statement can be checked by anyone", "[server][pelita][certificates]") {
    PelitaServer s;
    auto stored = s.lrs.post(passed(kNipAni, {{"id", "PLT-2026-7F3KQ9"}, {"jp", 2}}));
    REQUIRE(stored);
    INFO(stored->body);
    REQUIRE(stored->status == 200);

    auto res = check(s, "PLT-2026-7F3KQ9");
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 200);
    const auto body = json::parse(res->body);
    CHECK(body["learnerName"] == "Ani Lestari");
    CHECK(body["nip"] == "1985**********2001");
    CHECK(body["course"]["id"] == kCourse);
    CHECK(body["course"]["title"]["id-ID"] == "Pelayanan Prima bagi ASN");
    CHECK(body["date"] == "2026-03-02T09:15:00+07:00");
    CHECK(body["jpHours"] == 2);
    CHECK(body["scaledScore"] == 0.85);

    auto unknown = check(s, "PLT-2026-XXXXXX");
    REQUIRE(unknown);
    CHECK(unknown->status == 404);

    SECTION("sending the statement again is harmless") {
        const auto again = passed(kNipAni, {{"id", "PLT-2026-7F3KQ9"}, {"jp", 2}});
        auto first = s.lrs.getList("verb=" + encoded("http://adlnet.gov/expapi/verbs/passed"))["statements"][0]["id"];
        json retry = again;
        retry["id"] = first;
        auto res2 = s.lrs.post(retry);
        REQUIRE(res2);
        CHECK(res2->status == 200);
        CHECK(check(s, "PLT-2026-7F3KQ9")->status == 200);
    }
    SECTION("another statement may not reuse the id") {
        auto clash = s.lrs.post(passed(kNipBudi, {{"id", "PLT-2026-7F3KQ9"}, {"jp", 2}}));
        REQUIRE(clash);
        CHECK(clash->status == 409);
        CHECK(s.lrs.getList("")["statements"].size() == 1);
        CHECK(json::parse(check(s, "PLT-2026-7F3KQ9")->body)["nip"] == "1985**********2001");
    }
    SECTION("voiding the passed statement withdraws the certificate") {
        const auto id = s.lrs.getList("")["statements"][0]["id"].get<std::string>();
        const json voiding = {{"actor", learnerAgent(kNipAni)},
                              {"verb", {{"id", "http://adlnet.gov/expapi/verbs/voided"}}},
                              {"object", {{"objectType", "StatementRef"}, {"id", id}}}};
        REQUIRE(s.lrs.post(voiding)->status == 200);
        auto withdrawn = check(s, "PLT-2026-7F3KQ9");
        REQUIRE(withdrawn);
        CHECK(withdrawn->status == 404);
        CHECK(json::parse(withdrawn->body)["error"].get<std::string>().find("withdrawn") != std::string::npos);
    }
}

TEST_CASE("a malformed certificate extension refuses the batch", "[server][pelita][certificates][bad]") {
    PelitaServer s;
    auto refused = [&](const json& statement, const std::string& expected) {
        auto res = s.lrs.post(json::array({learnerStatement(kNipCitra), statement}));
        REQUIRE(res);
        INFO(res->body);
        CHECK(res->status == 400);
        CHECK(json::parse(res->body)["error"].get<std::string>().find(expected) != std::string::npos);
        CHECK(s.lrs.getList("")["statements"].empty());
    };
    refused(passed(kNipAni, {{"id", "abc"}, {"jp", 2}}), "id: must be 6-64");
    refused(passed(kNipAni, {{"id", "PLT-2026-7F3KQ9"}, {"jp", -1}}), "jp: must be a number");
    refused(passed(kNipAni, {{"id", "PLT-2026-7F3KQ9"}}), "jp: must be a number");
    refused(passed(kNipAni, {{"id", "PLT-2026-7F3KQ9"}, {"jp", 2}, {"nama", "x"}}), "unknown property \"nama\"");
    refused(passed(kNipAni, "PLT-2026-7F3KQ9"), "must be an object");
    json answered = passed(kNipAni, {{"id", "PLT-2026-7F3KQ9"}, {"jp", 2}});
    answered["verb"]["id"] = "http://adlnet.gov/expapi/verbs/answered";
    refused(answered, "only a passed statement");
    CHECK(check(s, "PLT-2026-7F3KQ9")->status == 404);
}
