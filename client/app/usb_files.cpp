#include "app/usb_files.h"

#include <pelita/content/records_files.h>

#include <algorithm>

namespace pelita::kiosk {

namespace fs = std::filesystem;

std::vector<fs::path> receiptsAt(const fs::path& given) {
    std::error_code ec;
    if (!fs::is_directory(given, ec)) return {given};
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(given, ec))
        if (entry.path().extension() == content::kRecordsReceiptExtension) found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<fs::path> publicKeysIn(const fs::path& folder) {
    std::vector<fs::path> found;
    std::error_code ec;
    // Two levels: a stick often holds a "kunci" folder; deeper is someone else's files.
    for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it.depth() >= 1) it.disable_recursion_pending();
        if (it->is_regular_file(ec) && it->path().extension() == ".pub") found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace pelita::kiosk
