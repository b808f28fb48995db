#include "cli/commands.h"

#include <pelita/content/course_library.h>

#include <algorithm>
#include <iostream>

namespace pelita::kiosk::cli {

namespace fs = std::filesystem;

int runImport(const Options& o) {
    std::error_code ec;
    if (!fs::is_directory(o.importPath, ec)) {
        std::cerr << "pelita import: " << o.importPath.string() << ": not a folder\n";
        return 1;
    }
    // A course folder itself, or a USB stick with course folders one level down.
    std::vector<fs::path> candidates;
    if (fs::exists(o.importPath / "course.json")) {
        candidates.push_back(o.importPath);
    } else {
        for (const auto& entry : fs::directory_iterator(o.importPath, ec))
            if (entry.is_directory() && fs::exists(entry.path() / "course.json")) candidates.push_back(entry.path());
        std::sort(candidates.begin(), candidates.end());
    }
    if (candidates.empty()) {
        std::cerr << "pelita import: no course found in " << o.importPath.string()
                  << " (a course folder holds a course.json)\n";
        return 1;
    }
    int failures = 0;
    for (const auto& folder : candidates) {
        auto installed = content::installCourseFolder(folder, o.dataDir);
        if (installed) {
            std::cout << "installed " << installed->title.get("id") << " (" << installed->version << ") from "
                      << folder.string() << "\n";
        } else {
            ++failures;
            std::cerr << "refused " << folder.string() << ": " << installed.error().describe() << "\n";
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace pelita::kiosk::cli
