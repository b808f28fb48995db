#pragma once
// Internal: the folders an install uses under <data>/courses, and the swap that
// puts a staged course live. The names carry the slug, so that
// recoverInterruptedInstalls() knows which course a leftover folder belonged to:
//   .staging.<nonce>.<slug>   being written; never live, removed if found later
//   .retired.<nonce>.<slug>   the old copy, stepped aside; put back if <slug> is missing,
//                             otherwise kept as a previous version
//   .removing.<nonce>         an uninstalled course on its way out
#include <filesystem>
#include <optional>
#include <string>

namespace pelita::content::detail {

struct InstallFolders {
    std::filesystem::path courses, staging, retired, target;
};

InstallFolders installFolders(const std::filesystem::path& dataDir, const std::string& slug);
std::string freshNonce();

// Two renames, each atomic: the old copy steps aside, the staged one steps in.
// On failure the old copy is put back and the staging folder removed. The old
// copy is then kept as a previous version (keepPreviousVersion).
std::optional<std::string> swapIntoPlace(const InstallFolders& folders);

// Moves a replaced course folder to <data>/previous-versions/<slug>/<version>/,
// so that quiz attempts begun on it can finish on it; removes it when its
// version cannot be read or the move fails (the kiosk then resumes on the new one).
void keepPreviousVersion(const std::filesystem::path& retired, const std::filesystem::path& dataDir,
                         const std::string& slug);

} // namespace pelita::content::detail
