#pragma once
// What the store indexes a statement by, so that GET's filters need no JSON
// scan: agent IFI keys, activity ids, registration, StatementRef target, and
// the activity definitions it carries. No I/O; thread-safe.
#include <nlohmann/json.hpp>

#include "statement_store.h"

namespace pelita::server {

// Fills agentKeys, activityKeys, registration, refId and activityDefinitions of
// `into` from a validated statement. Direct keys: the actor and an Agent/Group
// object (with Group members), an Activity object. Related keys: authority,
// context instructor/team/activities, and the parts of a SubStatement.
void indexStatement(const nlohmann::json& statement, StatementToStore& into);

// The canonical definition after `incoming` arrives: language maps are merged
// (the newest text per language wins); any other property is replaced.
nlohmann::json mergeActivityDefinition(nlohmann::json canonical, const nlohmann::json& incoming);

} // namespace pelita::server
