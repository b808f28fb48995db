#pragma once
// JP (jam pelajaran): the hours of training an ASN must reach each year (20 JP).
// A course's JP count once it is passed: every quiz in it passed, or, for a
// course without quizzes, every lesson read. It counts in the calendar year
// (kiosk's local time) in which its last requirement was met.
//
// Pure functions; any thread.
#include <pelita/content/course.h>
#include <pelita/sync/records_store.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pelita::sync {

// The yearly duty every ASN has, in JP.
inline constexpr double kYearlyJpTarget = 20;

// When the learner passed `course`, or nothing if not (yet).
std::optional<std::int64_t> coursePassedAt(const content::Course& course, const std::vector<Achievement>& quizzesPassed,
                                           const std::vector<Achievement>& lessonsCompleted);

// A JP figure as people write it: "2", "1.5", "17.25" (no trailing zeros).
std::string jpFigure(double jp);

// JP of the installed courses passed in `year` (local calendar year).
double jpEarnedIn(int year, const std::vector<content::Course>& courses,
                  const std::vector<Achievement>& quizzesPassed, const std::vector<Achievement>& lessonsCompleted);

} // namespace pelita::sync
