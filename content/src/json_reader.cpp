#include "json_reader.h"

#include <fstream>
#include <sstream>

namespace pelita::content::detail {

namespace {
int lineOfByte(const std::string& text, std::size_t byte) {
    int line = 1;
    for (std::size_t i = 0; i < text.size() && i < byte; ++i)
        if (text[i] == '\n') ++line;
    return line;
}
std::string join(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }
} // namespace

nlohmann::json readJsonFile(const std::filesystem::path& path, const std::filesystem::path& shownAs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ContentError{shownAs, 0, {}, "cannot be read (missing or not permitted)"};
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const int line = lineOfByte(text, e.byte > 0 ? e.byte - 1 : 0);
        std::string what = e.what();
        if (auto colon = what.find("syntax error"); colon != std::string::npos) what = what.substr(colon);
        throw ContentError{shownAs, line, {}, "is not valid JSON: " + what};
    }
}

void JsonReader::fail(const std::string& field, const std::string& message) const {
    throw ContentError{file_, 0, field, message};
}

const nlohmann::json& JsonReader::require(const nlohmann::json& obj, const std::string& key,
                                          const std::string& path) const {
    if (!obj.is_object()) fail(path, "must be a JSON object");
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) fail(join(path, key), "is missing");
    return *it;
}

std::string JsonReader::string(const nlohmann::json& obj, const std::string& key, const std::string& path) const {
    const auto& v = require(obj, key, path);
    if (!v.is_string()) fail(join(path, key), "must be a string");
    if (v.get_ref<const std::string&>().empty()) fail(join(path, key), "must not be empty");
    return v.get<std::string>();
}

std::string JsonReader::optionalString(const nlohmann::json& obj, const std::string& key,
                                       const std::string& path) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return {};
    if (!it->is_string()) fail(join(path, key), "must be a string");
    return it->get<std::string>();
}

double JsonReader::number(const nlohmann::json& obj, const std::string& key, const std::string& path,
                          double fallback) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return fallback;
    if (!it->is_number()) fail(join(path, key), "must be a number");
    return it->get<double>();
}

bool JsonReader::boolean(const nlohmann::json& obj, const std::string& key, const std::string& path,
                         bool fallback) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return fallback;
    if (!it->is_boolean()) fail(join(path, key), "must be true or false");
    return it->get<bool>();
}

const nlohmann::json& JsonReader::array(const nlohmann::json& obj, const std::string& key,
                                        const std::string& path) const {
    const auto& v = require(obj, key, path);
    if (!v.is_array()) fail(join(path, key), "must be a list");
    return v;
}

LocalizedText JsonReader::text(const nlohmann::json& obj, const std::string& key, const std::string& path) const {
    const auto& v = require(obj, key, path);
    LocalizedText out;
    if (v.is_string()) {
        // A plain string is taken as Indonesian, the kiosk's default language.
        if (v.get_ref<const std::string&>().empty()) fail(join(path, key), "must not be empty");
        out.byLanguage["id-ID"] = v.get<std::string>();
        return out;
    }
    if (!v.is_object() || v.empty())
        fail(join(path, key), "must be a text or a language map such as {\"id-ID\": \"...\"}");
    for (const auto& [tag, value] : v.items()) {
        if (!value.is_string() || value.get_ref<const std::string&>().empty())
            fail(join(path, key) + "." + tag, "must be a non-empty string");
        out.byLanguage[tag] = value.get<std::string>();
    }
    return out;
}

std::string JsonReader::id(const nlohmann::json& obj, const std::string& key, const std::string& path) const {
    std::string value = string(obj, key, path);
    for (char c : value) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.';
        if (!ok) fail(join(path, key), "\"" + value + "\" may only use letters, digits, '-', '_' and '.'");
    }
    return value;
}

} // namespace pelita::content::detail
