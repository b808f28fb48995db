// Rules for Activities and their definitions, including the cmi.interaction
// properties quiz questions use (xAPI 1.0.3 Data 2.4.4.1). See validation_rules.h.
#include <set>

#include "validation_rules.h"

namespace pelita::server::rules {

using nlohmann::json;

namespace {

const std::set<std::string> kInteractionTypes = {"true-false", "choice",     "fill-in", "long-fill-in", "matching",
                                                 "performance", "sequencing", "likert",  "numeric",      "other"};

void isInteractionComponents(const json& list, const std::string& path) {
    if (!list.is_array()) reject(path, "must be an array of interaction components");
    std::set<std::string> ids;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        isObject(list[i], at);
        onlyProperties(list[i], {"id", "description"}, at);
        const auto& id = require(list[i], "id", at);
        isString(id, at + ".id");
        const auto text = id.get<std::string>();
        if (text.empty() || text.find_first_of(" \t\r\n") != std::string::npos)
            reject(at + ".id", "must be a non-empty id without whitespace");
        if (!ids.insert(text).second) reject(at + ".id", "\"" + text + "\" is used twice in this list");
        if (auto d = list[i].find("description"); d != list[i].end()) isLanguageMap(*d, at + ".description");
    }
}

void isInteraction(const json& def, const std::string& path) {
    static const char* const kComponentLists[] = {"choices", "scale", "source", "target", "steps"};
    auto type = def.find("interactionType");
    if (type == def.end()) {
        // Without a type the interaction properties have no meaning, so refuse them.
        for (const char* list : kComponentLists)
            if (def.contains(list)) reject(path + "." + list, "needs interactionType");
        if (def.contains("correctResponsesPattern")) reject(path + ".correctResponsesPattern", "needs interactionType");
        return;
    }
    if (!type->is_string() || !kInteractionTypes.count(type->get<std::string>()))
        reject(path + ".interactionType", "must be one of true-false, choice, fill-in, long-fill-in, matching, "
                                          "performance, sequencing, likert, numeric, other");
    if (auto pattern = def.find("correctResponsesPattern"); pattern != def.end()) {
        if (!pattern->is_array()) reject(path + ".correctResponsesPattern", "must be an array of strings");
        for (size_t i = 0; i < pattern->size(); ++i)
            isString((*pattern)[i], path + ".correctResponsesPattern[" + std::to_string(i) + "]");
    }
    for (const char* list : kComponentLists)
        if (auto it = def.find(list); it != def.end()) isInteractionComponents(*it, path + "." + list);
}

} // namespace

void isActivity(const json& value, const std::string& path) {
    isObject(value, path);
    onlyProperties(value, {"objectType", "id", "definition"}, path);
    if (objectTypeOf(value, "Activity", path) != "Activity") reject(path + ".objectType", "must be \"Activity\"");
    isIri(require(value, "id", path), path + ".id");
    auto def = value.find("definition");
    if (def == value.end()) return;
    const std::string at = path + ".definition";
    isObject(*def, at);
    onlyProperties(*def, {"name", "description", "type", "moreInfo", "extensions", "interactionType",
                          "correctResponsesPattern", "choices", "scale", "source", "target", "steps"},
                   at);
    for (const char* map : {"name", "description"})
        if (auto it = def->find(map); it != def->end()) isLanguageMap(*it, at + "." + map);
    for (const char* iri : {"type", "moreInfo"})
        if (auto it = def->find(iri); it != def->end()) isIri(*it, at + "." + iri);
    if (auto ext = def->find("extensions"); ext != def->end()) isExtensions(*ext, at + ".extensions");
    isInteraction(*def, at);
}

} // namespace pelita::server::rules
