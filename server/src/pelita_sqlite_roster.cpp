// SqlitePelitaStore: the learner roster.
#include <set>

#include "iso8601.h"
#include "pelita_sqlite_guard.h"
#include "roster_rows.h"

namespace pelita::server {

namespace {
RosterEntry learnerRow(const Statement& row) {
    return {row.columnText(0), row.columnText(1), row.columnText(2),
            row.columnText(3), row.columnText(4), row.columnText(5)};
}
constexpr const char* kRosterColumns = "SELECT nip, name, opd, unit, position, golongan FROM pelita_roster";
} // namespace

Expected<Stored, std::string> SqlitePelitaStore::replaceRoster(const std::vector<RosterEntry>& entries) {
    return guarded<Stored>("cannot store roster", [&] {
        const auto updated = nowUtcIso8601();
        std::set<std::string> opds, listed;
        for (const auto& e : entries) opds.insert(e.opd), listed.insert(e.nip);
        Transaction tx(*db_);
        // Leavers of the OPDs in this list go; the rest are updated in place
        // (no REPLACE: the dashboard's roster triggers follow each change).
        for (const auto& opd : opds) removeRosterRowsExcept(*db_, listed, opd);
        // A learner who moved OPD leaves the old one's list.
        Statement upsert(*db_, "INSERT INTO pelita_roster (nip, name, opd, unit, position, updated, golongan)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (nip) DO UPDATE SET name = excluded.name,"
                               " opd = excluded.opd, unit = excluded.unit, position = excluded.position,"
                               " updated = excluded.updated, golongan = excluded.golongan");
        for (const auto& e : entries) {
            upsert.bind(1, e.nip).bind(2, e.name).bind(3, e.opd).bind(4, e.unit).bind(5, e.position);
            upsert.bind(6, updated).bind(7, e.golongan).run();
            upsert.reset();
        }
        tx.commit();
        return Stored{};
    });
}

Expected<std::vector<RosterEntry>, std::string> SqlitePelitaStore::roster(const std::optional<std::string>& opd) {
    return guarded<std::vector<RosterEntry>>("cannot read roster", [&] {
        Statement select(*db_, std::string(kRosterColumns) + (opd ? " WHERE opd = ?" : "") + " ORDER BY opd, name, nip");
        if (opd) select.bind(1, *opd);
        std::vector<RosterEntry> found;
        while (select.step()) found.push_back(learnerRow(select));
        return found;
    });
}

Expected<std::optional<RosterEntry>, std::string> SqlitePelitaStore::learner(const std::string& nip) {
    return guarded<std::optional<RosterEntry>>("cannot read roster", [&] {
        Statement select(*db_, std::string(kRosterColumns) + " WHERE nip = ?");
        select.bind(1, nip);
        std::optional<RosterEntry> found;
        if (select.step()) found = learnerRow(select);
        return found;
    });
}

} // namespace pelita::server
