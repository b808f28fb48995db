#pragma once
// Printing a certificate through the system's `lp` (CUPS), when it exists.
// Any thread; printFile() waits for `lp` to queue the job (not for the paper).
#include <pelita/content/expected.h>

#include <filesystem>
#include <optional>
#include <string>

namespace pelita::certificate {

// The `lp` program on PATH, if any. Without it the kiosk disables "Cetak" and says why.
std::optional<std::filesystem::path> findLp();

// Sends `file` to the default printer. `lp` is the program to run (findLp()).
// Returns nothing on success, or lp's failure.
std::optional<std::string> printFile(const std::filesystem::path& lp, const std::filesystem::path& file);

} // namespace pelita::certificate
