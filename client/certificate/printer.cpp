#include "certificate/printer.h"

#include <cstdlib>
#include <sstream>

namespace pelita::certificate {

namespace fs = std::filesystem;

namespace {

// For the shell std::system runs: single quotes, each inner quote closed and escaped.
std::string shellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

} // namespace

std::optional<fs::path> findLp() {
    const char* path = std::getenv("PATH");
    if (!path) return std::nullopt;
    std::istringstream dirs(path);
    std::error_code ec;
    for (std::string dir; std::getline(dirs, dir, ':');) {
        if (dir.empty()) continue;
        const fs::path candidate = fs::path(dir) / "lp";
        if (fs::is_regular_file(candidate, ec)) return candidate;
    }
    return std::nullopt;
}

std::optional<std::string> printFile(const fs::path& lp, const fs::path& file) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return "the certificate file is missing: " + file.string();
    const std::string command = shellQuoted(lp.string()) + " -- " + shellQuoted(file.string()) + " >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    if (status != 0) return "the printer refused the job (lp exit status " + std::to_string(status) + ")";
    return std::nullopt;
}

} // namespace pelita::certificate
