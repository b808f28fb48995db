// The dashboard's words: assets/admin/i18n/id.json and en.json have the same
// keys, none empty, and every key the dashboard's code names is in both.
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {

const std::filesystem::path kAssets = std::filesystem::path(PELITA_SOURCE_DIR) / "assets/admin/i18n";

nlohmann::json load(const char* name) {
    std::ifstream in(kAssets / name);
    REQUIRE(in);
    return nlohmann::json::parse(in);
}

} // namespace

TEST_CASE("the admin translations have the same keys in Bahasa Indonesia and English", "[server][pelita][admin][i18n]") {
    const auto id = load("id.json");
    const auto en = load("en.json");
    std::set<std::string> idKeys, enKeys;
    for (const auto& [key, text] : id.items()) {
        idKeys.insert(key);
        INFO(key);
        CHECK(!text.get<std::string>().empty());
    }
    for (const auto& [key, text] : en.items()) {
        enKeys.insert(key);
        INFO(key);
        CHECK(!text.get<std::string>().empty());
    }
    std::vector<std::string> onlyId, onlyEn;
    std::set_difference(idKeys.begin(), idKeys.end(), enKeys.begin(), enKeys.end(), std::back_inserter(onlyId));
    std::set_difference(enKeys.begin(), enKeys.end(), idKeys.begin(), idKeys.end(), std::back_inserter(onlyEn));
    CHECK(onlyId.empty());
    CHECK(onlyEn.empty());
}

TEST_CASE("every translation key the dashboard's code names exists", "[server][pelita][admin][i18n]") {
    const auto id = load("id.json");
    // Keys appear in the code as quoted dotted names of the known groups.
    // ("error" alone is a notice's kind, not a key: a key has a dot, but "logout".)
    const std::regex key("\"((?:app|language|role|action|export|login|error|overview|kiosk|roster|catalogue|"
                         "figures|jp|courses|items|needs|evaluation|learner)"
                         "(?:\\.[a-z0-9_]+)+|logout)\"");
    int seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(PELITA_SOURCE_DIR) / "server/src/admin")) {
        if (entry.path().extension() != ".cpp") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const auto source = text.str();
        for (auto it = std::sregex_iterator(source.begin(), source.end(), key); it != std::sregex_iterator(); ++it) {
            const std::string name = (*it)[1];
            if (name.back() == '.' || name == "roster.csv" || name == "kiosks.csv" || name == "catalogue.csv" ||
                name == "courses.csv" || name == "evaluation.csv") continue;
            INFO(entry.path().filename().string() << ": " << name);
            CHECK(id.contains(name));
            ++seen;
        }
    }
    CHECK(seen > 50);
}
