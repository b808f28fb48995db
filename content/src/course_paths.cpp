#include "course_paths.h"

namespace pelita::content::detail {

std::string safeFolderName(std::string_view text, std::string_view alsoAllowed) {
    std::string name(text);
    for (char& c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || alsoAllowed.find(c) != std::string_view::npos;
        if (!ok) c = '-';
    }
    return name;
}

std::optional<std::filesystem::path> resolveInside(const std::filesystem::path& root,
                                                   const std::filesystem::path& relative) {
    if (relative.empty() || relative.is_absolute() || relative.has_root_name()) return std::nullopt;
    for (const auto& part : relative)
        if (part == "..") return std::nullopt;
    std::error_code ec;
    const auto base = std::filesystem::weakly_canonical(root, ec);
    if (ec) return std::nullopt;
    // Canonicalising follows symlinks, so a link pointing outside the course is caught here.
    const auto full = std::filesystem::weakly_canonical(base / relative, ec);
    if (ec) return std::nullopt;
    auto [rootEnd, _] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
    if (rootEnd != base.end()) return std::nullopt;
    return full;
}

} // namespace pelita::content::detail
