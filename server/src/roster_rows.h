#pragma once
// Writing pelita_roster row by row, as both its writers do: the SQLite store
// (pelita_sqlite_roster.cpp) and the dashboard's copy of a PostgreSQL roster
// (analytics/dashboard_store.cpp). The dashboard's triggers on the table
// (analytics/group_sums.h) must see each learner who leaves, joins or moves,
// so rows are deleted and upserted one by one, never replaced wholesale.
// Thread notes: the caller's Db thread, inside its transaction.
#include <optional>
#include <set>
#include <string>

#include "sqlite_db.h"

namespace pelita::server {

// Deletes the roster rows whose NIP is not in `keep`: of OPD `opd`, or all of them.
void removeRosterRowsExcept(Db& db, const std::set<std::string>& keep, const std::optional<std::string>& opd = {});

} // namespace pelita::server
