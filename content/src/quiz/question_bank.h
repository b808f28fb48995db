#pragma once
// Internal: a quiz's questions taken from a Moodle export (GIFT or Aiken) that a
// quiz JSON names with "questionsFrom" (docs/course-format.md). The course
// loader reads it to check and show the course; pelita-pack build turns it into
// plain quiz JSON, so a package never carries a bank file. Any thread.
#include <pelita/content/course_loader.h>
#include <pelita/content/expected.h>
#include <pelita/content/quiz_import.h>

#include <filesystem>
#include <string>

namespace pelita::content::detail {

// Imports `relative` (a path inside `root`; ".gift" is GIFT, ".txt" or ".aiken"
// Aiken). Errors are ContentErrors naming the bank file and its line.
Expected<ImportResult, ContentError> importQuestionBank(const std::filesystem::path& root,
                                                        const std::string& relative);

} // namespace pelita::content::detail
