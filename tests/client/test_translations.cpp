// The kiosk's UI strings: both languages complete, and every key the code asks for exists.
#include "app/i18n.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using pelita::kiosk::Translator;

namespace {

const fs::path kI18n = fs::path(PELITA_SOURCE_DIR) / "assets/i18n";

std::set<std::string> keysOf(const std::string& language) {
    std::ifstream in(kI18n / (language + ".json"));
    const auto doc = nlohmann::json::parse(in);
    std::set<std::string> keys;
    for (const auto& [key, value] : doc.items()) keys.insert(key);
    return keys;
}

// Keys written literally in the kiosk's sources: tr("x.y"), format("x.y", ...), Notice{"x.y", ...}.
std::set<std::string> keysUsedInCode() {
    const std::regex call(R"re((?:tr|format|showError|failWith|Notice\{)\(?"([a-z_]+\.[a-z_.]+)")re");
    std::set<std::string> keys;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(PELITA_SOURCE_DIR) / "client")) {
        if (entry.path().extension() != ".cpp") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), call), end; it != end; ++it) keys.insert((*it)[1]);
    }
    return keys;
}

} // namespace

TEST_CASE("Indonesian and English have the same keys", "[client][i18n]") {
    const auto id = keysOf("id"), en = keysOf("en");
    std::vector<std::string> onlyOne;
    std::set_symmetric_difference(id.begin(), id.end(), en.begin(), en.end(), std::back_inserter(onlyOne));
    INFO("keys in only one language: " << nlohmann::json(onlyOne).dump());
    CHECK(onlyOne.empty());
    CHECK(id.size() > 50);
}

TEST_CASE("every key the kiosk code uses is translated", "[client][i18n]") {
    const auto id = keysOf("id");
    const auto used = keysUsedInCode();
    REQUIRE(used.size() > 50); // the scan found the views
    for (const auto& key : used) {
        INFO(key);
        CHECK(id.count(key) == 1);
    }
}

TEST_CASE("the translator fills placeholders and falls back to Indonesian", "[client][i18n]") {
    auto en = Translator::load(kI18n, "en");
    REQUIRE(en);
    CHECK(en->language() == "en");
    CHECK(std::string(en->tr("quiz.next")) == "Next");
    CHECK(en->format("quiz.progress", {{"n", "2"}, {"total", "5"}}) == "Question 2 of 5");
    CHECK(std::string(en->tr("no.such.key")) == "no.such.key"); // a gap shows, never blank

    auto id = Translator::load(kI18n, "id");
    REQUIRE(id);
    CHECK(id->format("result.score", {{"score", "80"}}) == "Nilai Anda: 80");
}

TEST_CASE("a missing language file is an error, not an empty UI", "[client][i18n]") {
    auto fr = Translator::load(kI18n, "fr");
    REQUIRE_FALSE(fr);
    CHECK_THAT(fr.error(), Catch::Contains("fr.json"));
}
