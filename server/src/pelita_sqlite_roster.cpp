// SqlitePelitaStore: the learner roster.
#include <set>

#include "iso8601.h"
#include "pelita_sqlite_guard.h"

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
        std::set<std::string> opds;
        for (const auto& e : entries) opds.insert(e.opd);
        Transaction tx(*db_);
        Statement clear(*db_, "DELETE FROM pelita_roster WHERE opd = ?");
        for (const auto& opd : opds) {
            clear.bind(1, opd).run();
            clear.reset();
        }
        // REPLACE: a learner who moved OPD leaves the old one's list.
        Statement insert(*db_, "INSERT OR REPLACE INTO pelita_roster (nip, name, opd, unit, position, updated, "
                               "golongan) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const auto& e : entries) {
            insert.bind(1, e.nip).bind(2, e.name).bind(3, e.opd).bind(4, e.unit).bind(5, e.position);
            insert.bind(6, updated).bind(7, e.golongan).run();
            insert.reset();
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
