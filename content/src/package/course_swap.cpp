#include "package/course_swap.h"
#include "package/durable_file.h"

#include <random>

namespace pelita::content::detail {

namespace fs = std::filesystem;

std::string freshNonce() {
    std::random_device rd;
    return std::to_string(rd()) + std::to_string(rd());
}

InstallFolders installFolders(const fs::path& dataDir, const std::string& slug) {
    const std::string nonce = freshNonce();
    const fs::path courses = dataDir / "courses";
    return {courses, courses / (".staging." + nonce + "." + slug),
            courses / (".retired." + nonce + "." + slug), courses / slug};
}

std::optional<std::string> swapIntoPlace(const InstallFolders& f) {
    std::error_code ec;
    const bool replacing = fs::exists(f.target, ec);
    if (replacing) fs::rename(f.target, f.retired, ec);
    if (!ec) fs::rename(f.staging, f.target, ec);
    if (ec) {
        std::error_code ignored;
        if (replacing && !fs::exists(f.target, ignored)) fs::rename(f.retired, f.target, ignored);
        fs::remove_all(f.staging, ignored);
        return "could not be put in place: " + ec.message();
    }
    // The renames are durable once the folder holding them is synced.
    syncFolder(f.courses);
    if (replacing) keepPreviousVersion(f.retired, f.courses.parent_path(), f.target.filename().string());
    return std::nullopt;
}

} // namespace pelita::content::detail
