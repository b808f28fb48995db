// JP compliance for a year, by OPD: the roster's learners with the JP of the
// courses they first passed that year, and the learners known only from
// statements, active that year, under the unknown OPD.
#include <algorithm>
#include <map>

#include "dashboard_store.h"
#include "figure_text.h"

namespace pelita::server::analytics {

namespace {

std::map<std::string, double> jpOfYear(Db& db, int year) {
    std::map<std::string, double> jp;
    Statement read(db, std::string("SELECT c.learner, SUM(") + kPassJpSql +
                           ") FROM analytics_course_learners c WHERE c.pass_year = ? GROUP BY c.learner");
    read.bind(1, std::int64_t{year});
    while (read.step()) jp[read.columnText(0)] = static_cast<double>(read.columnInt(1)) / kMilliJp;
    return jp;
}

void addPerson(OpdCompliance& group, PersonJp person) {
    person.reached = person.jp >= kJpTarget;
    ++group.learners;
    group.reached += person.reached ? 1 : 0;
    group.people.push_back(std::move(person));
}

void finishGroup(OpdCompliance& group) {
    group.share = group.learners ? static_cast<double>(group.reached) / group.learners : 0;
    std::sort(group.people.begin(), group.people.end(), [](const PersonJp& a, const PersonJp& b) {
        return a.jp != b.jp ? a.jp < b.jp : a.name < b.name;
    });
}

} // namespace

Expected<JpCompliance, std::string> DashboardStore::jpCompliance(int year) {
    return reading([year](Db& db) {
        const auto jp = jpOfYear(db, year);
        std::map<std::string, OpdCompliance> byOpd;
        Statement roster(db, "SELECT nip, name, opd, position FROM pelita_roster");
        while (roster.step()) {
            const auto nip = roster.columnText(0);
            auto& group = byOpd[roster.columnText(2)];
            const auto found = jp.find(nip);
            addPerson(group, {nip, roster.columnText(1), roster.columnText(3), found == jp.end() ? 0 : found->second});
        }
        OpdCompliance unknown;
        unknown.opd = kUnknownOpd;
        const auto y = std::to_string(year);
        // Off-roster learners found on the learner index first, then only their rows read.
        Statement strangers(db, "SELECT c.learner, coalesce(l.name, ''), max(c.last_at) FROM analytics_course_learners c"
                                " LEFT JOIN analytics_learners l ON l.learner = c.learner"
                                " WHERE c.learner IN (SELECT learner FROM analytics_course_learners"
                                " WHERE learner NOT IN (SELECT nip FROM pelita_roster))"
                                " AND substr(c.first_at, 1, 4) <= ?1 AND substr(c.last_at, 1, 4) >= ?1"
                                " GROUP BY c.learner");
        strangers.bind(1, y);
        while (strangers.step()) {
            const auto learner = strangers.columnText(0);
            const auto found = jp.find(learner);
            addPerson(unknown, {learner, strangers.columnText(1), "", found == jp.end() ? 0 : found->second});
        }
        JpCompliance result;
        result.year = year;
        for (auto& [opd, group] : byOpd) {
            group.opd = opd;
            finishGroup(group);
            result.opds.push_back(std::move(group));
        }
        std::sort(result.opds.begin(), result.opds.end(), [](const OpdCompliance& a, const OpdCompliance& b) {
            return a.share != b.share ? a.share < b.share : a.opd < b.opd;
        });
        if (unknown.learners) {
            finishGroup(unknown);
            result.opds.push_back(std::move(unknown));
        }
        for (const auto& group : result.opds) result.learners += group.learners, result.reached += group.reached;
        result.share = result.learners ? static_cast<double>(result.reached) / result.learners : 0;
        return result;
    });
}

} // namespace pelita::server::analytics
