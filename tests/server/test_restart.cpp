// What the server stores must survive a restart on the same data directory.
#include <catch2/catch.hpp>

#include "lrs_fixture.h"

using nlohmann::json;

TEST_CASE("statements and credentials survive a server restart", "[server][restart]") {
    pelita::test::TempDir dir;
    std::string id;
    pelita::server::NewCredential firstCredential;
    {
        pelita::test::RunningLrs lrs(dir.path());
        auto res = lrs.post(pelita::test::learnerStatement("198501012010011001"));
        REQUIRE(res->status == 200);
        id = json::parse(res->body)[0].get<std::string>();
        firstCredential = lrs.credential;
    } // server stopped, database closed

    pelita::test::RunningLrs again(dir.path());
    auto c = again.client();
    c.set_basic_auth(firstCredential.key.c_str(), firstCredential.secret.c_str());
    auto got = c.Get(("/xapi/statements?statementId=" + id).c_str());
    REQUIRE(got->status == 200);
    CHECK(json::parse(got->body)["actor"]["account"]["name"] == "198501012010011001");
}
