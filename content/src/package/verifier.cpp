#include <pelita/content/package_verifier.h>

#include "package/package_scan.h"

namespace pelita::content {

PackageCheck verifyPackage(const std::filesystem::path& package, const VerifyOptions& options) {
    PackageCheck check;
    auto scanned = detail::scanPackage(package, options, check);
    if (scanned && check.manifest && options.checkFiles)
        detail::streamFiles(*scanned, *check.manifest, {}, {}, check.problems);
    return check;
}

} // namespace pelita::content
