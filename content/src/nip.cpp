#include <pelita/content/nip.h>

namespace pelita::content {

namespace {

int digits(std::string_view s, std::size_t from, std::size_t count) {
    int v = 0;
    for (std::size_t i = from; i < from + count; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysIn(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

} // namespace

NipProblem checkNip(std::string_view nip, int currentYear) {
    if (nip.size() != 18) return NipProblem::Length;
    for (char c : nip)
        if (c < '0' || c > '9') return NipProblem::NotDigits;

    const int birthYear = digits(nip, 0, 4), birthMonth = digits(nip, 4, 2), birthDay = digits(nip, 6, 2);
    if (birthMonth < 1 || birthMonth > 12 || birthDay < 1 || birthDay > daysIn(birthYear, birthMonth))
        return NipProblem::BirthDate;
    // Nobody in service was born before 1940, and a learner is at least 17.
    if (birthYear < 1940 || birthYear > currentYear - 17) return NipProblem::BirthYear;

    const int tmtYear = digits(nip, 8, 4), tmtMonth = digits(nip, 12, 2);
    // The first CPNS NIPs of this form date from 1958; a TMT may be set for next year.
    if (tmtYear < 1958 || tmtYear > currentYear + 1) return NipProblem::TmtYear;
    if (tmtMonth < 1 || tmtMonth > 12) return NipProblem::TmtDate;
    if (tmtYear * 12 + tmtMonth < (birthYear + 18) * 12 + birthMonth) return NipProblem::TmtTooEarly;

    if (nip[14] != '1' && nip[14] != '2') return NipProblem::Gender;
    if (digits(nip, 15, 3) == 0) return NipProblem::Sequence;
    return NipProblem::None;
}

std::string nipProblemKey(NipProblem problem) {
    switch (problem) {
    case NipProblem::None: return "nip.ok";
    case NipProblem::Length: return "nip.error.length";
    case NipProblem::NotDigits: return "nip.error.digits";
    case NipProblem::BirthDate: return "nip.error.birth_date";
    case NipProblem::BirthYear: return "nip.error.birth_year";
    case NipProblem::TmtDate: return "nip.error.tmt_date";
    case NipProblem::TmtYear: return "nip.error.tmt_year";
    case NipProblem::TmtTooEarly: return "nip.error.tmt_too_early";
    case NipProblem::Gender: return "nip.error.gender";
    case NipProblem::Sequence: return "nip.error.sequence";
    }
    return "nip.error.length";
}

} // namespace pelita::content
