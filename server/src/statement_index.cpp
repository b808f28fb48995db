#include "statement_index.h"

#include <set>

#include "agent_identity.h"
#include "uuid.h"

namespace pelita::server {

using nlohmann::json;

namespace {

class Indexer {
public:
    explicit Indexer(StatementToStore& into) : into_(into) {}

    void agent(const json& actor, bool related) {
        if (!actor.is_object()) return;
        addAgent(actor, related);
        if (auto members = actor.find("member"); members != actor.end() && members->is_array())
            for (const auto& m : *members) addAgent(m, related);
    }

    void activity(const json& activity, bool related) {
        if (!activity.is_object() || !activity.contains("id")) return;
        const auto id = activity["id"].get<std::string>();
        add(into_.activityKeys, seenActivities_, id, related);
        if (auto def = activity.find("definition"); def != activity.end()) into_.activityDefinitions.emplace_back(id, *def);
    }

    // An object of a statement or SubStatement: Agent, Group, Activity (others carry no keys).
    void object(const json& object, bool related) {
        if (!object.is_object()) return;
        const auto type = objectTypeOr(object, "Activity");
        if (type == "Agent" || type == "Group") agent(object, related);
        if (type == "Activity") activity(object, related);
    }

    void context(const json& statement) {
        auto context = statement.find("context");
        if (context == statement.end() || !context->is_object()) return;
        for (const char* who : {"instructor", "team"})
            if (auto it = context->find(who); it != context->end()) agent(*it, true);
        auto lists = context->find("contextActivities");
        if (lists == context->end() || !lists->is_object()) return;
        for (const auto& [name, list] : lists->items()) {
            if (list.is_object()) activity(list, true);
            else for (const auto& a : list) activity(a, true);
        }
    }

private:
    void addAgent(const json& actor, bool related) {
        if (auto key = ifiKey(actor)) add(into_.agentKeys, seenAgents_, *key, related);
    }

    // Callers add direct keys first, so a key seen again as related stays direct.
    static void add(std::vector<IndexKey>& keys, std::set<std::string>& seen, const std::string& key, bool related) {
        if (seen.insert(key).second) keys.push_back({key, related});
    }

    StatementToStore& into_;
    std::set<std::string> seenAgents_, seenActivities_;
};

bool isLanguageMapProperty(const std::string& key) { return key == "name" || key == "description"; }

} // namespace

void indexStatement(const json& statement, StatementToStore& into) {
    Indexer index(into);
    index.agent(statement["actor"], false);
    const json& object = statement["object"];
    index.object(object, false);
    if (auto a = statement.find("authority"); a != statement.end()) index.agent(*a, true);
    index.context(statement);
    const auto type = objectTypeOr(object, "Activity");
    if (type == "SubStatement") {
        index.agent(object["actor"], true);
        index.object(object["object"], true);
        index.context(object);
    }
    if (type == "StatementRef") into.refId = canonicalUuid(object["id"].get<std::string>());
    if (auto c = statement.find("context"); c != statement.end() && c->contains("registration"))
        into.registration = canonicalUuid((*c)["registration"].get<std::string>());
}

json mergeActivityDefinition(json canonical, const json& incoming) {
    if (!canonical.is_object()) return incoming;
    for (const auto& [key, value] : incoming.items()) {
        if (isLanguageMapProperty(key) && canonical.contains(key) && canonical[key].is_object())
            canonical[key].update(value);
        else
            canonical[key] = value;
    }
    return canonical;
}

} // namespace pelita::server
