// One learner's record: courses with status, best score, JP and certificate,
// JP per year, and the SIASN "riwayat kursus" rows of the passed courses.
#include "dashboard_store.h"
#include "figure_text.h"

namespace pelita::server::analytics {

namespace {

std::string statusOf(bool passed, bool failed, bool completed) {
    if (passed) return "passed";
    if (failed) return "failed";
    return completed ? "completed" : "in progress";
}

SiasnCourseRow siasnRow(const LearnerRecord& r, const LearnerCourse& c, int year, const std::string& institution) {
    SiasnCourseRow row;
    row.nip = r.nip;
    row.namaKursus = pickText(c.title, "id-ID");
    if (row.namaKursus.empty()) row.namaKursus = c.course;
    row.nomorSertipikat = c.certificate;
    row.institusiPenyelenggara = institution;
    row.jumlahJam = c.jp;
    row.tahunKursus = year;
    row.tanggalKursus = siasnDate(c.firstAt);
    row.tanggalSelesaiKursus = siasnDate(c.passedAt);
    return row;
}

} // namespace

Expected<std::optional<LearnerRecord>, std::string> DashboardStore::learner(const std::string& nip,
                                                                            const std::string& institution) {
    return reading([&](Db& db) -> std::optional<LearnerRecord> {
        LearnerRecord r;
        r.nip = nip;
        Statement roster(db, "SELECT name, opd, position FROM pelita_roster WHERE nip = ?");
        roster.bind(1, nip);
        if (roster.step()) r.name = roster.columnText(0), r.opd = roster.columnText(1),
                           r.position = roster.columnText(2), r.onRoster = true;
        Statement name(db, "SELECT name FROM analytics_learners WHERE learner = ?");
        name.bind(1, nip);
        if (name.step() && r.name.empty()) r.name = name.columnText(0);
        Statement read(db, std::string("SELECT c.course, c.first_at, c.last_at, coalesce(c.completed_at, ''),"
                                       " coalesce(c.passed_at, ''), coalesce(c.pass_year, 0), ") + kPassJpSql +
                               ", c.certificate, c.best_scaled, c.attempts, c.failed"
                               " FROM analytics_course_learners c WHERE c.learner = ? ORDER BY c.last_at DESC, c.course");
        read.bind(1, nip);
        while (read.step()) {
            LearnerCourse c;
            c.course = read.columnText(0);
            c.firstAt = read.columnText(1);
            c.lastAt = read.columnText(2);
            c.completedAt = read.columnText(3);
            c.passedAt = read.columnText(4);
            const int year = static_cast<int>(read.columnInt(5));
            c.title = nameOf(definitionOf(db, c.course));
            c.certificate = read.columnText(7);
            if (!read.columnIsNull(8)) c.bestScore = static_cast<double>(read.columnInt(8)) / kMicro;
            c.attempts = static_cast<int>(read.columnInt(9));
            c.status = statusOf(!c.passedAt.empty(), read.columnInt(10) > 0, !c.completedAt.empty());
            if (!c.passedAt.empty()) {
                c.jp = static_cast<double>(read.columnInt(6)) / kMilliJp;
                r.jpByYear[year] += c.jp;
                r.siasn.push_back(siasnRow(r, c, year, institution));
            }
            r.courses.push_back(std::move(c));
        }
        if (!r.onRoster && r.courses.empty()) return std::nullopt;
        return r;
    });
}

} // namespace pelita::server::analytics
