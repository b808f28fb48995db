// RecordsStore: the mandatory (Wajib) courses pulled from the server (schema v4).
#include <pelita/sync/records_store.h>

#include "sqlite.h"

#include <algorithm>

namespace pelita::sync {
namespace {

// Titles are kept as the server's JSON object, so a language added later needs no migration.
std::string titleText(const std::map<std::string, std::string>& title) {
    return nlohmann::json(title).dump();
}

std::map<std::string, std::string> titleOf(const std::string& text) {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    std::map<std::string, std::string> title;
    if (!j.is_object()) return title;
    for (const auto& [language, value] : j.items())
        if (value.is_string()) title[language] = value.get<std::string>();
    return title;
}

bool sameAssignment(const Assignment& a, const Assignment& b) {
    return a.id == b.id && a.courseIri == b.courseIri && a.title == b.title && a.opd == b.opd &&
           a.position == b.position && a.due == b.due;
}

} // namespace

bool RecordsStore::replaceAssignments(const std::vector<Assignment>& assignments) {
    sqlite::Transaction tx(db_);
    const auto before = this->assignments();
    sqlite::Statement(db_, "DELETE FROM assignments").run();
    sqlite::Statement insert(db_, "INSERT INTO assignments (id, course_iri, title, opd, position, due) "
                                  "VALUES (?,?,?,?,?,?)");
    for (const auto& a : assignments) {
        insert.bind(1, a.id).bind(2, a.courseIri).bind(3, titleText(a.title)).bind(4, a.opd);
        insert.bind(5, a.position).bind(6, a.due);
        insert.run();
        insert.reset();
    }
    const auto after = this->assignments();
    tx.commit();
    return !std::equal(before.begin(), before.end(), after.begin(), after.end(), sameAssignment);
}

std::vector<Assignment> RecordsStore::assignments() const {
    sqlite::Statement s(db_,
                        "SELECT id, course_iri, title, opd, position, due FROM assignments ORDER BY due, id");
    std::vector<Assignment> out;
    while (s.step())
        out.push_back({s.int64(0), s.text(1), titleOf(s.text(2)), s.text(3), s.text(4), s.text(5)});
    return out;
}

} // namespace pelita::sync
