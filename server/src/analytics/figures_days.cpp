#include <map>

#include "dashboard_store.h"
#include "iso8601.h"

namespace pelita::server::analytics {

Expected<std::vector<std::pair<std::string, std::int64_t>>, std::string> DashboardStore::statementsByDay(
    int days, std::int64_t nowMillis) {
    constexpr std::int64_t kDayMillis = 24LL * 60 * 60 * 1000;
    const std::int64_t today = nowMillis - nowMillis % kDayMillis;
    const std::int64_t first = today - (days - 1) * kDayMillis;
    return reading([&](Db& db) {
        std::map<std::string, std::int64_t> counts;
        Statement read(db, "SELECT day, statements FROM analytics_stored_days WHERE day >= ?");
        read.bind(1, utcIso8601(first).substr(0, 10));
        while (read.step()) counts[read.columnText(0)] = read.columnInt(1);
        std::vector<std::pair<std::string, std::int64_t>> series;
        for (std::int64_t day = first; day <= today; day += kDayMillis) {
            const auto date = utcIso8601(day).substr(0, 10);
            const auto found = counts.find(date);
            series.emplace_back(date, found == counts.end() ? 0 : found->second);
        }
        return series;
    });
}

} // namespace pelita::server::analytics
