#include "certificate/certificate_dates.h"

#include <pelita/sync/clock.h>

#include <array>

namespace pelita::certificate {
namespace {

constexpr std::array<const char*, 12> kMonths = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                                 "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};

// sync::localDateTime's "dd-mm-yyyy HH:MM" already holds the local date; reading it
// back keeps the kiosk's one time-zone conversion in one place (sync/clock.cpp).
struct LocalDate {
    int day, month, year;
};

LocalDate localDate(std::int64_t unixMs) {
    const std::string text = sync::localDateTime(unixMs);
    return {std::stoi(text.substr(0, 2)), std::stoi(text.substr(3, 2)), std::stoi(text.substr(6, 4))};
}

} // namespace

std::string indonesianDate(std::int64_t unixMs) {
    const LocalDate d = localDate(unixMs);
    return std::to_string(d.day) + " " + kMonths[static_cast<std::size_t>(d.month - 1)] + " " + std::to_string(d.year);
}

std::string siasnDate(std::int64_t unixMs) { return sync::localDateTime(unixMs).substr(0, 10); }

int localYearOf(std::int64_t unixMs) { return sync::localYear(unixMs); }

} // namespace pelita::certificate
