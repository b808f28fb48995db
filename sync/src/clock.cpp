#include <pelita/sync/clock.h>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace pelita::sync {

std::int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string isoTimestamp(std::int64_t unixMs) {
    using namespace std::chrono;
    // C++20 calendar types instead of gmtime_r, which is not portable to Windows.
    sys_time<milliseconds> t{milliseconds{unixMs}};
    auto day = floor<days>(t);
    year_month_day ymd{day};
    hh_mm_ss hms{t - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()), static_cast<int>(hms.subseconds().count()));
    return buf;
}

int utcYear(std::int64_t unixMs) {
    using namespace std::chrono;
    const year_month_day ymd{floor<days>(sys_time<milliseconds>{milliseconds{unixMs}})};
    return static_cast<int>(ymd.year());
}

namespace {
std::tm localTime(std::int64_t unixMs) {
    // The local zone needs the C library (GCC 12 has no std::chrono::current_zone).
    const std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &t);
#else
    localtime_r(&t, &local);
#endif
    return local;
}
} // namespace

int localYear(std::int64_t unixMs) { return localTime(unixMs).tm_year + 1900; }

std::string localDateTime(std::int64_t unixMs) {
    const std::tm local = localTime(unixMs);
    char buf[32];
    std::strftime(buf, sizeof buf, "%d-%m-%Y %H:%M", &local);
    return buf;
}

std::string localIsoDate(std::int64_t unixMs) {
    const std::tm local = localTime(unixMs);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

std::string isoDuration(std::int64_t ms) {
    if (ms < 0) ms = 0;
    std::int64_t centis = (ms + 5) / 10;
    char buf[40];
    std::snprintf(buf, sizeof buf, "PT%lld.%02lldS", static_cast<long long>(centis / 100),
                  static_cast<long long>(centis % 100));
    return buf;
}

} // namespace pelita::sync
