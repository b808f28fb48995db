#include <pelita/content/course_library.h>

#include "cli/commands.h"

#include <iostream>

namespace pelita::kiosk::cli {

int runUninstall(const Options& o) {
    auto removed = content::uninstallCourse(o.dataDir, o.uninstallCourse);
    if (!removed) {
        std::cerr << "pelita uninstall: " << removed.error().describe() << "\n";
        return 1;
    }
    std::cout << "removed " << removed->title.get("id") << " (" << removed->version
              << "); learners' results are kept\n";
    return 0;
}

} // namespace pelita::kiosk::cli
