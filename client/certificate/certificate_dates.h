#pragma once
// Dates as a certificate and SIASN write them, in the kiosk's local time zone.
// Any thread.
#include <cstdint>
#include <string>

namespace pelita::certificate {

// "28 November 2026": the day, the Indonesian month name, the year, as on paper.
std::string indonesianDate(std::int64_t unixMs);

// "28-11-2026": SIASN's dd-mm-yyyy form (tanggalKursus, tanggalSelesaiKursus).
std::string siasnDate(std::int64_t unixMs);

// The local calendar year (tahunKursus).
int localYearOf(std::int64_t unixMs);

} // namespace pelita::certificate
