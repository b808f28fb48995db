#include "iso8601.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <regex>

namespace pelita::server {

bool isIso8601Timestamp(std::string_view text) {
    static const std::regex form(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$)");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(text.begin(), text.end(), m, form)) return false;
    const int month = std::stoi(m[2].str()), day = std::stoi(m[3].str());
    const int hour = std::stoi(m[4].str()), minute = std::stoi(m[5].str());
    const int second = m[7].matched ? std::stoi(m[7].str()) : 0;
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    if (hour > 23 || minute > 59 || second > 60) return false; // 60: leap second
    const std::string zone = m[9].str();
    if (zone == "-00:00" || zone == "-0000" || zone == "-00") return false;
    return true;
}

std::string nowUtcIso8601() {
    using namespace std::chrono;
    const auto now = system_clock::now();
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    const std::time_t secs = system_clock::to_time_t(now);
    std::tm utc{};
#ifdef _WIN32
    gmtime_s(&utc, &secs);
#else
    gmtime_r(&secs, &utc);
#endif
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return buf;
}

} // namespace pelita::server
