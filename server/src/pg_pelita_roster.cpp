// PgPelitaStore: the learner roster and mandatory (Wajib) course assignments.
#include <algorithm>
#include <map>
#include <set>

#include "iso8601.h"
#include "pg_pelita_guard.h"

namespace pelita::server {

namespace {

constexpr const char* kRosterColumns = "SELECT nip, name, opd, unit, position, golongan FROM pelita_roster";
constexpr const char* kRosterOrder = " ORDER BY opd COLLATE \"C\", name COLLATE \"C\", nip COLLATE \"C\"";

RosterEntry learnerRow(const PgResult& rows, int r) {
    return {rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.text(r, 4), rows.text(r, 5)};
}

// Rows per INSERT: one round trip per learner would make a 5,000-line roster
// wait on the network 5,000 times; 7 parameters a row stays far below
// PostgreSQL's 65,535 per statement.
constexpr std::size_t kRowsPerInsert = 500;

void insertLearners(PgConnection& db, const std::vector<const RosterEntry*>& learners, const std::string& updated) {
    for (std::size_t start = 0; start < learners.size(); start += kRowsPerInsert) {
        const auto end = std::min(learners.size(), start + kRowsPerInsert);
        std::string sql = "INSERT INTO pelita_roster (nip, name, opd, unit, position, updated, golongan) VALUES ";
        std::vector<PgParam> params;
        for (auto i = start; i < end; ++i) {
            const auto n = params.size();
            sql += (i > start ? ", (" : "(");
            for (int c = 1; c <= 7; ++c) sql += "$" + std::to_string(n + c) + (c < 7 ? ", " : ")");
            const auto& e = *learners[i];
            params.insert(params.end(), {e.nip, e.name, e.opd, e.unit, e.position, updated, e.golongan});
        }
        // A learner who moved OPD leaves the old one's list.
        db.query(sql + " ON CONFLICT (nip) DO UPDATE SET name = EXCLUDED.name, opd = EXCLUDED.opd, "
                       "unit = EXCLUDED.unit, position = EXCLUDED.position, updated = EXCLUDED.updated, "
                       "golongan = EXCLUDED.golongan",
                 params);
    }
}

} // namespace

Expected<Stored, std::string> PgPelitaStore::replaceRoster(const std::vector<RosterEntry>& entries) {
    // A NIP listed twice: the later line wins, as with SQLite's INSERT OR
    // REPLACE. PostgreSQL refuses to upsert one row twice in one statement.
    std::map<std::string, const RosterEntry*> byNip;
    std::set<std::string> opds;
    for (const auto& e : entries) {
        byNip[e.nip] = &e;
        opds.insert(e.opd);
    }
    std::vector<const RosterEntry*> learners;
    for (const auto& [nip, entry] : byNip) learners.push_back(entry);
    return leased<Stored>("cannot store roster", [&](PgConnection& db) {
        const auto updated = nowUtcIso8601();
        PgTransaction tx(db);
        for (const auto& opd : opds) db.query("DELETE FROM pelita_roster WHERE opd = $1", {opd});
        insertLearners(db, learners, updated);
        tx.commit();
        return Stored{};
    });
}

Expected<std::vector<RosterEntry>, std::string> PgPelitaStore::roster(const std::optional<std::string>& opd) {
    return leased<std::vector<RosterEntry>>("cannot read roster", [&](PgConnection& db) {
        auto rows = opd ? db.query(std::string(kRosterColumns) + " WHERE opd = $1" + kRosterOrder, {*opd})
                        : db.query(std::string(kRosterColumns) + kRosterOrder);
        std::vector<RosterEntry> found;
        for (int r = 0; r < rows.rows(); ++r) found.push_back(learnerRow(rows, r));
        return found;
    });
}

Expected<std::optional<RosterEntry>, std::string> PgPelitaStore::learner(const std::string& nip) {
    return leased<std::optional<RosterEntry>>("cannot read roster", [&](PgConnection& db) {
        auto rows = db.query(std::string(kRosterColumns) + " WHERE nip = $1", {nip});
        std::optional<RosterEntry> found;
        if (rows.rows()) found = learnerRow(rows, 0);
        return found;
    });
}

Expected<std::int64_t, std::string> PgPelitaStore::assign(const Assignment& a) {
    return leased<std::int64_t>("cannot store the assignment", [&](PgConnection& db) {
        // RETURNING gives the id whether the row was made or only its due date moved.
        return db.query("INSERT INTO pelita_assignments (course_iri, opd, position, due, created) "
                        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (course_iri, opd, position) "
                        "DO UPDATE SET due = EXCLUDED.due RETURNING id",
                        {a.courseIri, a.opd, a.position, a.due, nowUtcIso8601()})
            .integer(0, 0);
    });
}

Expected<bool, std::string> PgPelitaStore::unassign(std::int64_t id) {
    return leased<bool>("cannot remove the assignment", [&](PgConnection& db) {
        return db.query("DELETE FROM pelita_assignments WHERE id = $1 RETURNING id", {id}).rows() > 0;
    });
}

Expected<std::vector<Assignment>, std::string> PgPelitaStore::assignments(const std::optional<std::string>& opd) {
    return leased<std::vector<Assignment>>("cannot read the assignments", [&](PgConnection& db) {
        auto rows = db.query("SELECT id, course_iri, opd, position, due, created FROM pelita_assignments "
                             "WHERE $1::text IS NULL OR opd = '' OR opd = $1::text ORDER BY due COLLATE \"C\", "
                             "course_iri COLLATE \"C\", opd COLLATE \"C\", position COLLATE \"C\"",
                             {opd});
        std::vector<Assignment> found;
        for (int r = 0; r < rows.rows(); ++r)
            found.push_back({rows.integer(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.text(r, 4),
                             rows.text(r, 5)});
        return found;
    });
}

} // namespace pelita::server
