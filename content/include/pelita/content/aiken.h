#pragma once
// Moodle's Aiken format: a question line, options "A)" or "A.", then "ANSWER: X".
// Pure function, any thread.
#include <pelita/content/expected.h>
#include <pelita/content/quiz_import.h>
#include <string>
#include <string_view>

namespace pelita::content {

// Parses Aiken `text` into single-choice questions. Errors name the line: too few
// options, a missing ANSWER, an option without its separator, text that is not UTF-8.
Expected<ImportResult, ImportProblem> importAiken(std::string_view text, const std::string& fileName);

} // namespace pelita::content
