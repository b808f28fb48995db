#include "statement_days.h"

#include <map>

#include "iso8601.h"
#include "server_database.h"

namespace pelita::server::admin {

namespace {
constexpr std::int64_t kDayMillis = 24LL * 60 * 60 * 1000;
}

Expected<std::unique_ptr<StatementDays>, std::string> StatementDays::open(const std::filesystem::path& dataDir) {
    auto db = openServerDatabase(dataDir);
    if (!db) return unexpected(db.error());
    return std::make_unique<StatementDays>(std::move(db).value());
}

Expected<std::vector<std::pair<std::string, std::int64_t>>, std::string> StatementDays::lastDays(int days,
                                                                                                std::int64_t nowMillis) {
    const std::int64_t today = nowMillis - nowMillis % kDayMillis;
    const std::int64_t first = today - (days - 1) * kDayMillis;
    std::map<std::string, std::int64_t> counts;
    {
        std::lock_guard lock(mutex_);
        try {
            Statement select(*db_, "SELECT substr(stored, 1, 10), count(*) FROM statements WHERE stored >= ? "
                                   "GROUP BY 1");
            select.bind(1, utcIso8601(first));
            while (select.step()) counts[select.columnText(0)] = select.columnInt(1);
        } catch (const SqliteError& e) {
            return unexpected(std::string("cannot count statements: ") + e.what());
        }
    }
    std::vector<std::pair<std::string, std::int64_t>> series;
    for (std::int64_t day = first; day <= today; day += kDayMillis) {
        const auto date = utcIso8601(day).substr(0, 10);
        const auto found = counts.find(date);
        series.emplace_back(date, found == counts.end() ? 0 : found->second);
    }
    return series;
}

} // namespace pelita::server::admin
