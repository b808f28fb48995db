// SqlitePelitaStore: mandatory (Wajib) course assignments (table
// pelita_assignments, schema version 6).
#include <sqlite3.h>

#include "iso8601.h"
#include "pelita_sqlite_guard.h"

namespace pelita::server {

Expected<std::int64_t, std::string> SqlitePelitaStore::assign(const Assignment& a) {
    return guarded<std::int64_t>("cannot store the assignment", [&] {
        Statement upsert(*db_, "INSERT INTO pelita_assignments (course_iri, opd, position, due, created) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (course_iri, opd, position) "
                               "DO UPDATE SET due = excluded.due");
        upsert.bind(1, a.courseIri).bind(2, a.opd).bind(3, a.position).bind(4, a.due).bind(5, nowUtcIso8601()).run();
        Statement id(*db_, "SELECT id FROM pelita_assignments WHERE course_iri = ? AND opd = ? AND position = ?");
        id.bind(1, a.courseIri).bind(2, a.opd).bind(3, a.position);
        id.step();
        return id.columnInt(0);
    });
}

Expected<bool, std::string> SqlitePelitaStore::unassign(std::int64_t id) {
    return guarded<bool>("cannot remove the assignment", [&] {
        Statement remove(*db_, "DELETE FROM pelita_assignments WHERE id = ?");
        remove.bind(1, id).run();
        return sqlite3_changes(db_->handle()) > 0;
    });
}

Expected<std::vector<Assignment>, std::string> SqlitePelitaStore::assignments(const std::optional<std::string>& opd) {
    return guarded<std::vector<Assignment>>("cannot read the assignments", [&] {
        Statement select(*db_, "SELECT id, course_iri, opd, position, due, created FROM pelita_assignments "
                               "WHERE ?1 IS NULL OR opd = '' OR opd = ?1 ORDER BY due, course_iri, opd, position");
        if (opd) select.bind(1, *opd);
        else select.bindNull(1);
        std::vector<Assignment> found;
        while (select.step())
            found.push_back({select.columnInt(0), select.columnText(1), select.columnText(2), select.columnText(3),
                             select.columnText(4), select.columnText(5)});
        return found;
    });
}

} // namespace pelita::server
