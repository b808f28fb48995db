#pragma once
// Moodle's GIFT format, read as Moodle's importer reads it (docs/quiz-format.md,
// "From GIFT"). Pure function, any thread.
#include <pelita/content/expected.h>
#include <pelita/content/quiz_import.h>
#include <string>
#include <string_view>

namespace pelita::content {

// Parses GIFT `text` (UTF-8, with or without a BOM, any line endings). `fileName`
// only labels problems. Malformed input, including text that is not UTF-8, gives
// the first problem as "FILE:LINE:COL: message"; shapes Pelita cannot represent
// are skipped with a warning each.
Expected<ImportResult, ImportProblem> importGift(std::string_view text, const std::string& fileName);

} // namespace pelita::content
