#include "iso8601.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <regex>

namespace pelita::server {

namespace {

const std::regex& timestampForm() {
    static const std::regex form(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.(\d+))?)?(Z|([+-])(\d{2})(:?(\d{2}))?)?$)");
    return form;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::tm utcCalendar(std::int64_t epochMillis) {
    const std::time_t secs = static_cast<std::time_t>(epochMillis / 1000);
    std::tm utc{};
#ifdef _WIN32
    gmtime_s(&utc, &secs);
#else
    gmtime_r(&secs, &utc);
#endif
    return utc;
}

} // namespace

std::optional<std::int64_t> parseIso8601Millis(std::string_view text) {
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(text.begin(), text.end(), m, timestampForm())) return std::nullopt;
    const int month = std::stoi(m[2].str()), day = std::stoi(m[3].str());
    const int hour = std::stoi(m[4].str()), minute = std::stoi(m[5].str());
    const int second = m[7].matched ? std::stoi(m[7].str()) : 0;
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    if (hour > 23 || minute > 59 || second > 60) return std::nullopt; // 60: leap second
    const std::string zone = m[10].str();
    if (zone == "-00:00" || zone == "-0000" || zone == "-00") return std::nullopt;
    int offsetMinutes = 0;
    if (m[11].matched) {
        offsetMinutes = std::stoi(m[12].str()) * 60 + (m[14].matched ? std::stoi(m[14].str()) : 0);
        if (m[11].str() == "-") offsetMinutes = -offsetMinutes;
    }
    std::int64_t millis = 0;
    if (m[9].matched) millis = std::stoi((m[9].str() + "00").substr(0, 3));
    const auto days = daysFromCivil(std::stoi(m[1].str()), static_cast<unsigned>(month), static_cast<unsigned>(day));
    const std::int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return seconds * 1000 + millis;
}

bool isIso8601Timestamp(std::string_view text) { return parseIso8601Millis(text).has_value(); }

std::string utcIso8601(std::int64_t epochMillis) {
    char millis[8];
    std::snprintf(millis, sizeof millis, ".%03dZ", static_cast<int>(((epochMillis % 1000) + 1000) % 1000));
    const std::tm utc = utcCalendar(epochMillis);
    char buf[64];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &utc);
    return buf + std::string(millis);
}

std::optional<std::string> toUtcIso8601(std::string_view text) {
    auto millis = parseIso8601Millis(text);
    if (!millis) return std::nullopt;
    return utcIso8601(*millis);
}

std::string httpDate(std::int64_t epochMillis) {
    const std::tm utc = utcCalendar(epochMillis);
    char buf[64];
    std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    return buf;
}

std::int64_t nowEpochMillis() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string nowUtcIso8601() { return utcIso8601(nowEpochMillis()); }

} // namespace pelita::server
