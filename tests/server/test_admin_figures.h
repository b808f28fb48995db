#pragma once
// What the figure-page tests share (test_admin_figures*.cpp): reading pages
// through an AdminBrowser, putting the roster through /pelita/v1/roster, and
// waiting for the server's dashboard to fold what was stored.
#include <catch2/catch.hpp>

#include <string>

#include "test_admin_fixture.h"

namespace pelita::test {

inline bool has(const httplib::Result& res, const std::string& text) {
    return res && res->body.find(text) != std::string::npos;
}

// GET `path`, REQUIRE 200.
inline httplib::Result ok(AdminBrowser& browser, const std::string& path) {
    auto res = browser.get(path);
    REQUIRE(res);
    INFO(path << "\n" << res->body);
    REQUIRE(res->status == 200);
    return res;
}

inline void putRoster(const AdminDesk& desk, const nlohmann::json& body) {
    auto res = desk.s.putRoster(body.dump(), "application/json");
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 200);
}

// Everything stored so far is in the figures: the server's feed folds on its
// own thread, and the test waits for it (on PostgreSQL, the roster copy too).
inline void catchUp(const AdminDesk& desk) { REQUIRE(desk.s.lrs.server->drainDashboard()); }

} // namespace pelita::test
