#pragma once
// Internal: how typed answers are compared, shared by scoring and the loaders.
#include <string>
#include <string_view>

namespace pelita::content::detail {

// Leading and trailing spaces, tabs and line breaks removed.
std::string_view trimmed(std::string_view text);

// Whether `response` matches an accepted short answer: `*` matches any run of
// characters and `\*` a literal star. Without `caseSensitive`, ASCII letters match
// either case (other characters, e.g. accented ones, must match exactly).
bool matchesAcceptedAnswer(std::string_view pattern, std::string_view response, bool caseSensitive);

} // namespace pelita::content::detail
