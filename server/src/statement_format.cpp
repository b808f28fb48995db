#include "statement_format.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "agent_identity.h"

namespace pelita::server {

using nlohmann::json;

namespace {

json agentIds(const json& agent) {
    json out{{"objectType", objectTypeOr(agent, "Agent")}};
    for (const char* ifi : kIfiProperties)
        if (agent.contains(ifi)) out[ifi] = agent[ifi];
    if (countIfis(agent) == 0 && agent.contains("member")) { // anonymous Group: its members identify it
        out["member"] = json::array();
        for (const auto& m : agent["member"]) out["member"].push_back(agentIds(m));
    }
    return out;
}

bool sameTag(const std::string& a, const std::string& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
               return std::tolower(x) == std::tolower(y);
           });
}

// A map tag matches a wanted tag exactly or as a more specific form of it ("id" takes "id-ID").
bool matches(const std::string& tag, const std::string& wanted) {
    return sameTag(tag, wanted) || (tag.size() > wanted.size() && tag[wanted.size()] == '-' &&
                                    sameTag(tag.substr(0, wanted.size()), wanted));
}

json languageFiltered(const json& map, const std::vector<std::string>& languages) {
    if (!map.is_object() || map.empty()) return map;
    for (const auto& wanted : languages)
        for (const auto& [tag, text] : map.items())
            if (matches(tag, wanted)) return json{{tag, text}};
    return json{{map.begin().key(), map.begin().value()}};
}

class Formatter {
public:
    Formatter(std::string format, const std::vector<std::string>& languages, const DefinitionLookup& definitionOf)
        : format_(std::move(format)), languages_(languages), definitionOf_(definitionOf) {}

    void statement(json& s) {
        agent(s["actor"]);
        verb(s["verb"]);
        object(s["object"]);
        if (s.contains("authority")) agent(s["authority"]);
        if (s.contains("context")) context(s["context"]);
        if (format_ == "canonical" && s.contains("attachments"))
            for (auto& a : s["attachments"])
                for (const char* map : {"display", "description"})
                    if (a.contains(map)) a[map] = languageFiltered(a[map], languages_);
    }

private:
    void agent(json& a) {
        if (format_ == "ids") a = agentIds(a);
    }

    void verb(json& v) {
        if (format_ == "ids") v = json{{"id", v["id"]}};
        else if (v.contains("display")) v["display"] = languageFiltered(v["display"], languages_);
    }

    void activity(json& a) {
        if (format_ == "ids") {
            a = json{{"objectType", "Activity"}, {"id", a["id"]}};
            return;
        }
        if (auto canonical = definitionOf_(a["id"].get<std::string>())) a["definition"] = *canonical;
        if (!a.contains("definition")) return;
        auto& def = a["definition"];
        for (const char* map : {"name", "description"})
            if (def.contains(map)) def[map] = languageFiltered(def[map], languages_);
        for (const char* list : {"choices", "scale", "source", "target", "steps"})
            if (def.contains(list))
                for (auto& component : def[list])
                    if (component.contains("description"))
                        component["description"] = languageFiltered(component["description"], languages_);
    }

    void object(json& o) {
        const auto type = objectTypeOr(o, "Activity");
        if (type == "Activity") activity(o);
        else if (type == "Agent" || type == "Group") agent(o);
        else if (type == "SubStatement") statement(o);
    }

    void context(json& c) {
        for (const char* who : {"instructor", "team"})
            if (c.contains(who)) agent(c[who]);
        if (!c.contains("contextActivities")) return;
        for (auto& [name, list] : c["contextActivities"].items()) {
            if (list.is_object()) activity(list);
            else for (auto& a : list) activity(a);
        }
    }

    std::string format_;
    const std::vector<std::string>& languages_;
    const DefinitionLookup& definitionOf_;
};

} // namespace

bool isStatementFormat(const std::string& format) {
    return format == "exact" || format == "ids" || format == "canonical";
}

std::vector<std::string> preferredLanguages(const std::string& acceptLanguage) {
    std::vector<std::pair<double, std::string>> ranked;
    std::stringstream items(acceptLanguage);
    std::string item;
    while (std::getline(items, item, ',')) {
        const auto semicolon = item.find(';');
        std::string tag = item.substr(0, semicolon);
        tag.erase(std::remove_if(tag.begin(), tag.end(), [](unsigned char c) { return std::isspace(c); }), tag.end());
        double q = 1.0;
        if (auto at = item.find("q=", semicolon == std::string::npos ? item.size() : semicolon); at != std::string::npos)
            q = std::strtod(item.c_str() + at + 2, nullptr);
        if (!tag.empty() && tag != "*" && q > 0) ranked.emplace_back(q, tag);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> tags;
    for (auto& [q, tag] : ranked) tags.push_back(std::move(tag));
    return tags;
}

json formatStatement(const json& statement, const std::string& format, const std::vector<std::string>& languages,
                     const DefinitionLookup& definitionOf) {
    if (format == "exact") return statement;
    json copy = statement;
    Formatter(format, languages, definitionOf).statement(copy);
    return copy;
}

} // namespace pelita::server
