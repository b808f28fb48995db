#pragma once
// Mastery sums per OPD and per position (analytics_group_topics), so that the
// training-needs page reads a few thousand group rows instead of joining every
// learner's topics to the roster at request time. The invariant:
//   group row (kind, grp, activity) = the sum of analytics_learner_topics rows
//   for that activity over the learners whose roster OPD (kind 'opd') or
//   position (kind 'position') is grp, '' for learners not on the roster.
// The fold keeps it as answers arrive (kCountGroupTopicSql); triggers on
// pelita_roster keep it as learners join, leave or move, in the roster
// writer's own transaction. Roster writers must therefore insert, update or
// delete rows, never INSERT OR REPLACE (whose implicit delete fires no trigger).
// Thread notes: the caller's Db thread, inside its transaction.
#include "sqlite_db.h"

namespace pelita::server::analytics {

// Adds one answer's counts (?1 learner, ?2 activity, ?3 course, ?4 answered,
// ?5 correct; negative to take back) under the learner's OPD and position.
extern const char* const kCountGroupTopicSql;

// Creates the roster triggers, once pelita_roster and the analytics tables exist.
void keepGroupSums(Db& db);

// Recomputes analytics_group_topics from the learner topics and the roster
// (an upgraded database whose learner topics predate the group sums).
void refillGroupSums(Db& db);

} // namespace pelita::server::analytics
