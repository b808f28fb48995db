// The one place the kiosk asks the operating system where things are.
#include "cli/options.h"

#include <cstdlib>

#ifdef _WIN32
#include <windows.h>
#endif

namespace pelita::kiosk::cli {

std::filesystem::path defaultDataDir() {
#ifdef _WIN32
    if (const char* appData = std::getenv("LOCALAPPDATA")) return std::filesystem::u8path(appData) / "Pelita";
#else
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::filesystem::u8path(xdg) / "pelita";
    if (const char* home = std::getenv("HOME")) return std::filesystem::u8path(home) / ".local/share/pelita";
#endif
    return std::filesystem::current_path() / "pelita-data";
}

std::filesystem::path executableDir(const char* argv0) {
    std::error_code ec;
#ifdef _WIN32
    wchar_t buffer[MAX_PATH];
    if (GetModuleFileNameW(nullptr, buffer, MAX_PATH) > 0) return std::filesystem::path(buffer).parent_path();
#else
    auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) return self.parent_path();
#endif
    return std::filesystem::absolute(std::filesystem::u8path(argv0), ec).parent_path();
}

} // namespace pelita::kiosk::cli
