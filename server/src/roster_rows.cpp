#include "roster_rows.h"

#include <vector>

namespace pelita::server {

void removeRosterRowsExcept(Db& db, const std::set<std::string>& keep, const std::optional<std::string>& opd) {
    std::vector<std::string> leavers;
    Statement rows(db, std::string("SELECT nip FROM pelita_roster") + (opd ? " WHERE opd = ?" : ""));
    if (opd) rows.bind(1, *opd);
    while (rows.step())
        if (!keep.count(rows.columnText(0))) leavers.push_back(rows.columnText(0));
    Statement leave(db, "DELETE FROM pelita_roster WHERE nip = ?");
    for (const auto& nip : leavers) {
        leave.bind(1, nip).run();
        leave.reset();
    }
}

} // namespace pelita::server
