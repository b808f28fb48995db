#pragma once
// NIP (Nomor Induk Pegawai) checks. A PNS NIP is 18 digits:
// birth date YYYYMMDD, TMT CPNS YYYYMM, gender 1 or 2, a 3-digit sequence.
// Pure functions; any thread.
#include <string>
#include <string_view>

namespace pelita::content {

enum class NipProblem {
    None,
    Length,        // not 18 characters
    NotDigits,     // something other than 0-9
    BirthDate,     // digits 1-8 are not a real calendar date (month 13, 30 February)
    BirthYear,     // a real date, but nobody in service was born then (before 1940, or under 17)
    TmtDate,       // digits 13-14 are not a month 01-12
    TmtYear,       // digits 9-12 are not a plausible year for TMT CPNS (before 1958, or after next year)
    TmtTooEarly,   // TMT CPNS before the learner turned 18
    Gender,        // digit 15 is not 1 or 2
    Sequence,      // digits 16-18 are 000
};

// `currentYear` bounds the plausible dates; pass the kiosk's year.
NipProblem checkNip(std::string_view nip, int currentYear);

// A stable key for the kiosk's translation files, e.g. "nip.error.birth_date".
std::string nipProblemKey(NipProblem problem);

} // namespace pelita::content
