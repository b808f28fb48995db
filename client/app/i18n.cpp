#include "app/i18n.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace pelita::kiosk {

namespace {

Expected<std::map<std::string, std::string>, std::string> readStrings(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return unexpected("cannot read " + file.string());
    try {
        auto doc = nlohmann::json::parse(in);
        std::map<std::string, std::string> out;
        for (const auto& [key, value] : doc.items()) {
            if (!value.is_string()) return unexpected(file.string() + ": \"" + key + "\" must be a string");
            out[key] = value.get<std::string>();
        }
        return out;
    } catch (const nlohmann::json::exception& e) {
        return unexpected(file.string() + ": " + e.what());
    }
}

} // namespace

Expected<Translator, std::string> Translator::load(const std::filesystem::path& i18nDir, const std::string& language) {
    auto base = readStrings(i18nDir / "id.json");
    if (!base) return unexpected(base.error());
    Translator t;
    t.language_ = "id";
    t.strings_ = std::move(*base);
    if (language != "id") {
        auto chosen = readStrings(i18nDir / (language + ".json"));
        if (!chosen) return unexpected(chosen.error());
        for (auto& [key, value] : *chosen) t.strings_[key] = std::move(value);
        t.language_ = language;
    }
    return t;
}

const char* Translator::tr(const std::string& key) const {
    auto it = strings_.find(key);
    if (it != strings_.end()) return it->second.c_str();
    // Keep the key alive for ImGui: missing keys are rare and logged by the i18n test.
    static thread_local std::map<std::string, std::string> missing;
    return missing.emplace(key, key).first->second.c_str();
}

std::string Translator::format(const std::string& key, const std::map<std::string, std::string>& values) const {
    std::string out = tr(key);
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        for (auto pos = out.find(placeholder); pos != std::string::npos; pos = out.find(placeholder, pos + value.size()))
            out.replace(pos, placeholder.size(), value);
    }
    return out;
}

} // namespace pelita::kiosk
