#include "figure_text.h"

namespace pelita::server::analytics {

using nlohmann::json;

namespace {

Text languageMap(const json& definition, const char* property) {
    Text text;
    if (!definition.is_object() || !definition.contains(property) || !definition[property].is_object()) return text;
    for (const auto& [tag, value] : definition[property].items())
        if (value.is_string()) text[tag] = value.get<std::string>();
    return text;
}

} // namespace

json definitionOf(Db& db, const std::string& iri) {
    Statement read(db, "SELECT definition_json FROM analytics_activities WHERE id = ?");
    read.bind(1, iri);
    if (!read.step()) return nullptr;
    return json::parse(read.columnText(0), nullptr, false);
}

Text nameOf(const json& definition) { return languageMap(definition, "name"); }

Text stemOf(const json& definition) {
    auto text = languageMap(definition, "description");
    return text.empty() ? nameOf(definition) : text;
}

std::string siasnDate(const std::string& timestamp) {
    if (timestamp.size() < 10) return {};
    return timestamp.substr(8, 2) + "-" + timestamp.substr(5, 2) + "-" + timestamp.substr(0, 4);
}

} // namespace pelita::server::analytics
