#include "admin_strings.h"

#include <nlohmann/json.hpp>

#include "admin_assets.h"

namespace pelita::server::admin {

namespace {

using Table = std::map<std::string, std::string>;

Table load(const char* asset) {
    Table table;
    const auto text = adminAsset(asset);
    if (!text) return table;
    const auto parsed = nlohmann::json::parse(*text, nullptr, false);
    if (!parsed.is_object()) return table;
    for (const auto& [key, value] : parsed.items())
        if (value.is_string()) table.emplace(key, value.get<std::string>());
    return table;
}

const Table& tableFor(Language language) {
    // Function-local statics: built once, on first use, thread-safely.
    static const Table indonesian = load("i18n/id.json");
    static const Table english = load("i18n/en.json");
    return language == Language::English ? english : indonesian;
}

} // namespace

Language languageFromCode(std::string_view code) {
    return code == "en" ? Language::English : Language::Indonesian;
}

std::string languageCode(Language language) { return language == Language::English ? "en" : "id"; }

std::string Words::operator()(const std::string& key) const {
    const auto& table = tableFor(language_);
    const auto found = table.find(key);
    return found == table.end() ? key : found->second;
}

std::string Words::operator()(const std::string& key, const std::map<std::string, std::string>& values) const {
    std::string text = (*this)(key);
    for (const auto& [name, value] : values) {
        const std::string mark = "{" + name + "}";
        for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size()))
            text.replace(at, mark.size(), value);
    }
    return text;
}

} // namespace pelita::server::admin
