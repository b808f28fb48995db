#include "platform/startup_report.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace pelita::kiosk::platform {

void reportStartup(const char* what) {
    static const bool wanted = std::getenv("PELITA_STARTUP_REPORT") != nullptr;
    if (!wanted) return;
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    std::printf("pelita: %s at %lld\n", what,
                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
    std::fflush(stdout);
}

} // namespace pelita::kiosk::platform
