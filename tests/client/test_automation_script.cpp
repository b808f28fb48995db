// Automation scripts: the format a trainer writes, and the errors a typo gets.
#include "../support/temp_dir.h"
#include "automation/script.h"

#include <catch2/catch.hpp>

using namespace pelita::kiosk::automation;
using namespace std::chrono_literals;

namespace {

ScriptError parseError(const std::string& json) {
    auto script = parseScript(json, "/scripts");
    REQUIRE_FALSE(script);
    return script.error();
}

} // namespace

TEST_CASE("a script with every kind of step parses in order", "[client][automation][script]") {
    auto script = parseScript(R"({"timeout_ms": 8000, "note": "login demo", "steps": [
        {"click": "Mulai"},
        {"click": "Berikutnya", "index": 1, "timeout_ms": 250, "note": "second page"},
        {"type": "198501012010011001"},
        {"key": "Backspace"},
        {"expect": "Skor"},
        {"expect_not": "Galat"},
        {"wait_ms": 500},
        {"screenshot": "shots/out.png"},
        {"screenshot": "/abs/end.png"},
        {"quit": 4}]})",
                              "/scripts");
    INFO((script ? "" : script.error().describe()));
    REQUIRE(script);
    const auto& s = script->steps;
    REQUIRE(s.size() == 10);
    CHECK(s[0].action == Action::Click);
    CHECK(s[0].text == "Mulai");
    CHECK(s[0].index == 0);
    CHECK(s[0].timeout == 8000ms); // the script-wide default
    CHECK(s[1].index == 1);
    CHECK(s[1].timeout == 250ms); // a step's own timeout wins
    CHECK(s[2].action == Action::Type);
    CHECK(s[2].text == "198501012010011001");
    CHECK(s[3].action == Action::Key);
    CHECK(s[3].key == Key::Backspace);
    CHECK(s[4].action == Action::Expect);
    CHECK(s[5].action == Action::ExpectNot);
    CHECK(s[5].text == "Galat");
    CHECK(s[6].action == Action::Wait);
    CHECK(s[6].wait == 500ms);
    CHECK(s[7].screenshot == std::filesystem::path("/scripts/shots/out.png"));
    CHECK(s[8].screenshot == std::filesystem::path("/abs/end.png"));
    CHECK(s[9].action == Action::Quit);
    CHECK(s[9].exitCode == 4);
    CHECK(describe(s[1]) == "click \"Berikutnya\" (index 1)");
    CHECK(describe(s[3]) == "key Backspace");
}

TEST_CASE("without a timeout_ms a step waits the default five seconds", "[client][automation][script]") {
    auto script = parseScript(R"({"steps": [{"expect": "Skor"}]})", "/");
    REQUIRE(script);
    CHECK(script->steps[0].timeout == kDefaultStepTimeout);
    CHECK(kDefaultStepTimeout == 5000ms);
}

TEST_CASE("every documented key name is accepted", "[client][automation][script]") {
    for (const char* name : {"Enter", "Tab", "Escape", "Backspace", "Delete", "Space", "Up", "Down", "Left",
                             "Right", "Home", "End", "PageUp", "PageDown"}) {
        auto key = keyFromName(name);
        REQUIRE(key);
        CHECK(keyName(*key) == name);
    }
    CHECK_FALSE(keyFromName("enter")); // names are case-sensitive, as documented
    CHECK_FALSE(keyFromName("F13"));
}

TEST_CASE("a bad step is reported by its 1-based number and field", "[client][automation][script]") {
    SECTION("unknown action") {
        auto e = parseError(R"({"steps": [{"click": "A"}, {"klik": "Mulai"}]})");
        CHECK(e.step == 2);
        CHECK(e.field == "klik");
        CHECK(e.describe().rfind("step 2, field \"klik\": unknown field", 0) == 0);
    }
    SECTION("two actions in one step") {
        auto e = parseError(R"({"steps": [{"click": "A", "expect": "B"}]})");
        CHECK(e.step == 1);
        CHECK(e.message.find("exactly one action") != std::string::npos);
    }
    SECTION("no action") {
        auto e = parseError(R"({"steps": [{"expect": "x"}, {"expect": "y"}, {"index": 2}]})");
        CHECK(e.step == 3);
        CHECK(e.message.find("no action") != std::string::npos);
    }
    SECTION("step that is not an object") {
        auto e = parseError(R"({"steps": ["click Mulai"]})");
        CHECK(e.step == 1);
    }
    SECTION("negative index") {
        auto e = parseError(R"({"steps": [{"click": "A", "index": -1}]})");
        CHECK(e.field == "index");
    }
    SECTION("index on a step that is not a click") {
        auto e = parseError(R"({"steps": [{"expect": "A", "index": 1}]})");
        CHECK(e.field == "index");
        CHECK(e.message.find("only a click") != std::string::npos);
    }
    SECTION("timeout as a string") {
        auto e = parseError(R"({"steps": [{"expect": "A", "timeout_ms": "5s"}]})");
        CHECK(e.field == "timeout_ms");
        CHECK(e.message.find("whole number") != std::string::npos);
    }
    SECTION("timeout on a step that does not wait") {
        auto e = parseError(R"({"steps": [{"quit": 0, "timeout_ms": 10}]})");
        CHECK(e.field == "timeout_ms");
    }
    SECTION("negative wait") {
        auto e = parseError(R"({"steps": [{"wait_ms": -5}]})");
        CHECK(e.field == "wait_ms");
    }
    SECTION("unknown key names the key and lists the known ones") {
        auto e = parseError(R"({"steps": [{"key": "Enter"}, {"key": "Return"}]})");
        CHECK(e.step == 2);
        CHECK(e.field == "key");
        CHECK(e.message.find("\"Return\"") != std::string::npos);
        CHECK(e.message.find("Escape") != std::string::npos);
    }
    SECTION("empty text to type") {
        auto e = parseError(R"({"steps": [{"type": ""}]})");
        CHECK(e.field == "type");
    }
    SECTION("exit code out of range") {
        auto e = parseError(R"({"steps": [{"quit": 300}]})");
        CHECK(e.field == "quit");
        CHECK(e.message.find("between 0 and 255") != std::string::npos);
    }
}

TEST_CASE("a bad script as a whole is reported without a step number", "[client][automation][script]") {
    auto notJson = parseError(R"({"steps": [ {"click": "A"} )");
    CHECK(notJson.step == 0);
    CHECK(notJson.message.find("not valid JSON") != std::string::npos);
    CHECK(parseError(R"([{"click": "A"}])").step == 0);
    CHECK(parseError(R"({"steps": []})").field == "steps");
    CHECK(parseError(R"({"step": [{"click": "A"}]})").field == "step");
    CHECK(parseError(R"({"steps": [{"click": "A"}], "timeout_ms": -1})").field == "timeout_ms");
}

TEST_CASE("a script file's screenshots land next to it", "[client][automation][script]") {
    pelita::test::TempDir dir;
    dir.write("demo/login.json", R"({"steps": [{"screenshot": "01-login.png"}]})");
    auto script = loadScript(dir / "demo/login.json");
    INFO((script ? "" : script.error().describe()));
    REQUIRE(script);
    CHECK(script->steps[0].screenshot == std::filesystem::absolute(dir / "demo") / "01-login.png");

    auto missing = loadScript(dir / "nope.json");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.find("cannot open script") != std::string::npos);
}
