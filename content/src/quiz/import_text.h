#pragma once
// Internal: what both importers need: clean input text and valid questions.
#include <optional>
#include <pelita/content/quiz_import.h>
#include <string>
#include <string_view>

namespace pelita::content::detail {

// The text without a UTF-8 BOM and with "\r\n" and lone "\r" turned into "\n", or
// the problem at the first byte that is not UTF-8.
std::string normalizedText(std::string_view text, const std::string& fileName);

// Thrown inside an importer and turned into Expected's error at its boundary.
struct ImportFailure {
    ImportProblem problem;
};

// "a", "b", ... "z", then "o27", "o28", ...
std::string optionId(std::size_t index);

// Why `question` would not load as quiz JSON (the same checks), or nullopt.
std::optional<std::string> questionProblem(const Question& question);

} // namespace pelita::content::detail
