// Courses: enrolment, completion, pass and fail counts, scores, the median
// time to complete and remedial attempts, from one row per learner and course.
#include <algorithm>
#include <map>

#include "dashboard_store.h"
#include "figure_text.h"

namespace pelita::server::analytics {

namespace {

constexpr double kMillisPerDay = 86'400'000.0;

std::optional<double> median(std::vector<std::int64_t> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto mid = values.size() / 2;
    const double m = values.size() % 2 ? static_cast<double>(values[mid])
                                       : (static_cast<double>(values[mid - 1]) + static_cast<double>(values[mid])) / 2;
    return m / kMillisPerDay;
}

} // namespace

Expected<std::vector<CourseFigures>, std::string> DashboardStore::courses() {
    return reading([](Db& db) {
        std::map<std::string, std::vector<std::int64_t>> durations;
        Statement times(db, "SELECT course, completed_ms - first_ms FROM analytics_course_learners"
                            " WHERE completed_ms IS NOT NULL");
        while (times.step()) durations[times.columnText(0)].push_back(times.columnInt(1));
        std::vector<CourseFigures> result;
        Statement read(db, "SELECT course, count(*), sum(completed_at IS NOT NULL), sum(passed_at IS NOT NULL),"
                           " sum(passed_at IS NULL AND failed > 0), avg(best_scaled), sum(remedial)"
                           " FROM analytics_course_learners GROUP BY course ORDER BY course");
        while (read.step()) {
            CourseFigures c;
            c.course = read.columnText(0);
            c.title = nameOf(definitionOf(db, c.course));
            c.enrolled = static_cast<int>(read.columnInt(1));
            c.completed = static_cast<int>(read.columnInt(2));
            c.passed = static_cast<int>(read.columnInt(3));
            c.failed = static_cast<int>(read.columnInt(4));
            if (!read.columnIsNull(5)) c.averageScore = std::stod(read.columnText(5)) / kMicro;
            c.remedialAttempts = static_cast<int>(read.columnInt(6));
            c.medianDaysToComplete = median(durations[c.course]);
            result.push_back(std::move(c));
        }
        return result;
    });
}

} // namespace pelita::server::analytics
