// /pelita/v1/kiosks: registration by the kiosk itself, the admin's list, and
// the last contact every request from a kiosk credential updates.
#include <catch2/catch.hpp>

#include "iso8601.h"
#include "kiosk_queue_report.h"
#include "pelita_fixture.h"

using nlohmann::json;
using pelita::test::PelitaServer;

namespace {

json kioskList(const PelitaServer& s) {
    auto res = s.admin().Get("/pelita/v1/kiosks");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return json::parse(res->body)["kiosks"];
}

json entryFor(const json& list, const std::string& key) {
    for (const auto& k : list)
        if (k["key"] == key) return k;
    FAIL("kiosk " << key << " is not listed");
    return {};
}

} // namespace

TEST_CASE("a kiosk registers itself and the admin sees it with its last contact", "[server][pelita][kiosks]") {
    PelitaServer s;
    const json body = {{"kioskId", "KIOS-DUKCAPIL-01"}, {"name", "Kios Disdukcapil"},
                       {"opd", "Dinas Kependudukan dan Pencatatan Sipil"}, {"appVersion", "0.1.0"}};
    auto res = s.kiosk().Post("/pelita/v1/kiosks/register", body.dump(), "application/json");
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 200);
    const auto registered = json::parse(res->body);
    CHECK(registered["kioskId"] == "KIOS-DUKCAPIL-01");
    CHECK(registered["opd"] == "Dinas Kependudukan dan Pencatatan Sipil");
    CHECK(registered["key"] == s.kioskKey.key);
    CHECK(registered["credentialName"] == "Kios Setda");

    const auto silent = s.lrs.newCredential(pelita::server::Role::Kiosk, "Kios Baru");
    const auto listed = kioskList(s);
    CHECK(listed.size() == 2); // kiosk credentials only, registered or not
    const auto mine = entryFor(listed, s.kioskKey.key);
    CHECK(mine["name"] == "Kios Disdukcapil");
    CHECK(mine["appVersion"] == "0.1.0");
    CHECK(mine["lastContact"].is_string());
    CHECK(mine["revoked"].is_null());
    const auto unheard = entryFor(listed, silent.key);
    CHECK(unheard["kioskId"].is_null());
    CHECK(unheard["lastContact"].is_null());
    CHECK(mine["queue"].is_null()); // this kiosk never sent X-Pelita-Queue
    CHECK(unheard["credentialName"] == "Kios Baru");

    SECTION("any request from a kiosk credential, xAPI included, is a contact") {
        auto stored = s.lrs.clientAs(silent).Post("/xapi/statements",
                                                  pelita::test::learnerStatement(pelita::test::kNipAni).dump(),
                                                  "application/json");
        REQUIRE(stored);
        REQUIRE(stored->status == 200);
        CHECK(entryFor(kioskList(s), silent.key)["lastContact"].is_string());
    }
    SECTION("registering again replaces the registration") {
        json moved = body;
        moved["opd"] = "Dinas Pendidikan";
        REQUIRE(s.kiosk().Post("/pelita/v1/kiosks/register", moved.dump(), "application/json")->status == 200);
        CHECK(entryFor(kioskList(s), s.kioskKey.key)["opd"] == "Dinas Pendidikan");
    }
    SECTION("a revoked kiosk is listed as revoked and refused") {
        REQUIRE(*s.lrs.server->credentials().revoke(s.kioskKey.key));
        CHECK(entryFor(kioskList(s), s.kioskKey.key)["revoked"].is_string());
        auto refused = s.kiosk().Post("/pelita/v1/kiosks/register", body.dump(), "application/json");
        REQUIRE(refused);
        CHECK(refused->status == 401);
    }
}

TEST_CASE("a registration must name the kiosk, its OPD and its version", "[server][pelita][kiosks][bad]") {
    PelitaServer s;
    auto post = [&](const std::string& text) {
        auto res = s.kiosk().Post("/pelita/v1/kiosks/register", text, "application/json");
        REQUIRE(res);
        CHECK(res->status == 400);
        return json::parse(res->body)["error"].get<std::string>();
    };
    const json good = {{"kioskId", "K1"}, {"name", "Kios"}, {"opd", "Setda"}, {"appVersion", "0.1.0"}};
    json noOpd = good;
    noOpd.erase("opd");
    CHECK(post(noOpd.dump()) == "opd: missing");
    json blank = good;
    blank["name"] = "  ";
    CHECK(post(blank.dump()) == "name: must be a non-empty string");
    json extra = good;
    extra["secret"] = "x";
    CHECK(post(extra.dump()) == "unknown property \"secret\"");
    CHECK(post("[1,2]").find("JSON object") != std::string::npos);
    CHECK(post("{not json").find("JSON object") != std::string::npos);
    CHECK(kioskList(s)[0]["kioskId"].is_null());
}

TEST_CASE("only a kiosk registers; only admin and reader list kiosks", "[server][pelita][kiosks][roles]") {
    PelitaServer s;
    const json body = {{"kioskId", "K1"}, {"name", "Kios"}, {"opd", "Setda"}, {"appVersion", "0.1.0"}};
    auto byAdmin = s.admin().Post("/pelita/v1/kiosks/register", body.dump(), "application/json");
    REQUIRE(byAdmin);
    CHECK(byAdmin->status == 403);
    auto byKiosk = s.kiosk().Get("/pelita/v1/kiosks");
    REQUIRE(byKiosk);
    CHECK(byKiosk->status == 403);
    CHECK(json::parse(byKiosk->body)["error"] ==
          "this needs the admin or reader role; this credential has the kiosk role");
    auto byReader = s.reader().Get("/pelita/v1/kiosks");
    REQUIRE(byReader);
    CHECK(byReader->status == 200);
}

TEST_CASE("a kiosk's X-Pelita-Queue header is its queue health, kept at once when it changes",
          "[server][pelita][kiosks][queue]") {
    PelitaServer s;
    s.registerKiosk(s.kioskKey, "Setda");
    auto reportQueue = [&](const std::string& header) {
        auto res = s.kiosk().Get("/pelita/v1/catalogue", {{"X-Pelita-Queue", header}});
        REQUIRE(res);
        CHECK(res->status == 200); // a report, good or bad, never changes the answer
        return entryFor(kioskList(s), s.kioskKey.key)["queue"];
    };

    auto queue = reportQueue("waiting=3; quarantined=0; oldest-age=7200");
    REQUIRE(queue.is_object());
    CHECK(queue["waiting"] == 3);
    CHECK(queue["quarantined"] == 0);
    const auto reported = pelita::server::parseIso8601Millis(queue["reported"].get<std::string>());
    const auto oldest = pelita::server::parseIso8601Millis(queue["oldestWaiting"].get<std::string>());
    REQUIRE((reported && oldest));
    CHECK(*reported - *oldest == 7'200'000);

    // Well within the contact clock's minute, but the queue emptied: kept at once.
    queue = reportQueue("waiting=0; quarantined=2");
    CHECK(queue["waiting"] == 0);
    CHECK(queue["quarantined"] == 2);
    CHECK(queue["oldestWaiting"].is_null());

    SECTION("a malformed report is ignored and the last good one stays") {
        for (const char* bad : {"waiting=many; quarantined=0", "waiting=1; quarantined=0", ""})
            CHECK(reportQueue(bad)["quarantined"] == 2);
    }
    SECTION("a request without the header keeps the report") {
        REQUIRE(s.kiosk().Get("/pelita/v1/catalogue")->status == 200);
        CHECK(entryFor(kioskList(s), s.kioskKey.key)["queue"]["quarantined"] == 2);
    }
}

TEST_CASE("queue reports are read strictly: counts, and an age exactly when something waits",
          "[server][pelita][kiosks][queue]") {
    using pelita::server::readQueueReport;
    const std::int64_t now = *pelita::server::parseIso8601Millis("2026-11-28T10:00:00.000Z");
    for (const char* bad : {"", "waiting=1", "quarantined=0", "waiting=1; quarantined=0",
                            "waiting=0; quarantined=0; oldest-age=5", "waiting=-1; quarantined=0",
                            "waiting=1x; quarantined=0; oldest-age=1", "waiting=1; waiting=2; quarantined=0; oldest-age=1",
                            "waiting; quarantined=0", "waiting=99999999999; quarantined=0; oldest-age=1",
                            "waiting=0; quarantined="}) {
        INFO(bad);
        CHECK_FALSE(readQueueReport(bad, now));
    }
    const auto spaced = readQueueReport(" waiting = 4 ;quarantined=1; oldest-age=60; battery=80", now);
    REQUIRE(spaced);
    CHECK(spaced->waiting == 4);
    CHECK(spaced->quarantined == 1);
    CHECK(spaced->oldestWaiting == "2026-11-28T09:59:00.000Z");
    CHECK(spaced->reported == "2026-11-28T10:00:00.000Z");
    const auto empty = readQueueReport("waiting=0; quarantined=0", now);
    REQUIRE(empty);
    CHECK(empty->oldestWaiting.empty());
}
