#pragma once
// Internal: resolves a path written in a course file against the course root,
// refusing anything that would leave the root (absolute paths, "..", symlinks out).
#include <filesystem>
#include <optional>

namespace pelita::content::detail {

std::optional<std::filesystem::path> resolveInside(const std::filesystem::path& root,
                                                   const std::filesystem::path& relative);

} // namespace pelita::content::detail
