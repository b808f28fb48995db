#pragma once
// Internal: resolves a path written in a course file against the course root,
// refusing anything that would leave the root (absolute paths, "..", symlinks out).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace pelita::content::detail {

// `text` as a folder name: ASCII letters, digits, '-', '_' and the characters in
// `alsoAllowed` are kept; anything else becomes '-'.
std::string safeFolderName(std::string_view text, std::string_view alsoAllowed = {});

std::optional<std::filesystem::path> resolveInside(const std::filesystem::path& root,
                                                   const std::filesystem::path& relative);

} // namespace pelita::content::detail
