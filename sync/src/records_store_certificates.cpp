// RecordsStore: certificates issued on the kiosk (schema v3).
#include <pelita/sync/records_store.h>
#include <pelita/sync/clock.h>

#include "outbox.h"
#include "sqlite.h"

namespace pelita::sync {
namespace {

constexpr const char* kColumns = "id, nip, learner_name, learner_unit, course_iri, course_version, course_title, "
                                 "jp_hours, scaled_score, started_at, issued_at, statement_id";

Certificate readCertificate(const sqlite::Statement& s) {
    Certificate c;
    c.id = s.text(0);
    c.nip = s.text(1);
    c.learnerName = s.text(2);
    c.learnerUnit = s.text(3);
    c.courseIri = s.text(4);
    c.courseVersion = s.text(5);
    c.courseTitle = s.text(6);
    c.jpHours = s.real(7);
    if (!s.isNull(8)) c.scaledScore = s.real(8);
    c.startedAtMs = s.int64(9);
    c.issuedAtMs = s.int64(10);
    c.statementId = s.text(11);
    return c;
}

std::vector<Certificate> select(sqlite3* db, const std::string& where, const std::vector<std::string>& values) {
    sqlite::Statement s(db, std::string("SELECT ") + kColumns + " FROM certificates WHERE " + where +
                                " ORDER BY issued_at, id");
    for (std::size_t i = 0; i < values.size(); ++i) s.bind(static_cast<int>(i + 1), values[i]);
    std::vector<Certificate> out;
    while (s.step()) out.push_back(readCertificate(s));
    return out;
}

} // namespace

void RecordsStore::issueCertificate(const Certificate& c, const std::vector<nlohmann::json>& statements) {
    sqlite::Transaction tx(db_);
    sqlite::Statement s(db_, std::string("INSERT INTO certificates (") + kColumns +
                                 ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, c.id).bind(2, c.nip).bind(3, c.learnerName).bind(4, c.learnerUnit).bind(5, c.courseIri);
    s.bind(6, c.courseVersion).bind(7, c.courseTitle).bind(8, c.jpHours);
    if (c.scaledScore)
        s.bind(9, *c.scaledScore);
    else
        s.bindNull(9);
    s.bind(10, c.startedAtMs).bind(11, c.issuedAtMs).bind(12, c.statementId);
    s.run();
    appendToOutbox(db_, statements, nowMs());
    tx.commit();
}

std::optional<Certificate> RecordsStore::certificateFor(const std::string& nip, const std::string& courseIri) const {
    auto found = select(db_, "nip = ? AND course_iri = ?", {nip, courseIri});
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::optional<Certificate> RecordsStore::certificate(const std::string& id) const {
    auto found = select(db_, "id = ?", {id});
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<Certificate> RecordsStore::certificates(const std::string& nip) const {
    return select(db_, "nip = ?", {nip});
}

} // namespace pelita::sync
