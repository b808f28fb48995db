#include "package/package_scan.h"
#include "package/signature_check.h"
#include "package/text_checks.h"

#include <set>

namespace pelita::content::detail {

namespace {

constexpr std::uint64_t kMaxSignatureBytes = 64u << 10;

ContentError problem(std::string_view entry, std::string message) {
    return ContentError{std::filesystem::u8path(printableName(entry)), 0, {}, std::move(message)};
}

// Names, types, duplicates and sizes, from the zip directory alone.
void checkEntries(const std::vector<ZipEntry>& entries, const PackageLimits& limits, PackageCheck& check) {
    std::map<std::string, std::string> folded; // folded name -> the name first seen
    std::uint64_t declared = 0;
    for (const auto& e : entries) {
        if (auto bad = entryNameProblem(e.name)) {
            check.problems.push_back(problem(e.name, *bad));
            continue;
        }
        if (!e.regularFile)
            check.problems.push_back(problem(e.name, "is a symbolic link or device, not a file"));
        auto [it, fresh] = folded.emplace(foldCase(e.name), e.name);
        if (!fresh)
            check.problems.push_back(problem(
                e.name, it->second == e.name ? "appears twice in the package"
                                             : "has the same name as \"" + it->second + "\" ignoring case"));
        if (e.size > limits.ratioCheckedAbove &&
            static_cast<double>(e.size) > limits.maxRatio * static_cast<double>(e.packedSize))
            check.problems.push_back(problem(
                e.name, "unpacks " + std::to_string(e.size / std::max<std::uint64_t>(e.packedSize, 1)) +
                            " times larger than it is packed (a zip bomb?)"));
        declared += e.size;
    }
    if (declared > limits.maxTotalBytes)
        check.problems.push_back(
            problem("package", "unpacks to " + std::to_string(declared) + " bytes, more than the " +
                                   std::to_string(limits.maxTotalBytes) + " a kiosk accepts"));
}

// Every listed file present with the listed size, and nothing unlisted.
void checkListing(const std::vector<ZipEntry>& entries, const PackageManifest& manifest,
                  const PackageLimits& limits, ScannedPackage& scanned, PackageCheck& check) {
    std::map<std::string, const ZipEntry*> byName;
    for (const auto& e : entries)
        byName.emplace(e.name, &e);
    for (const auto& f : manifest.files) {
        auto it = byName.find(f.path);
        if (it == byName.end()) {
            check.problems.push_back(
                problem(f.path, "is listed in course.json but missing from the package"));
            continue;
        }
        if (it->second->size != f.size)
            check.problems.push_back(problem(f.path, "is " + std::to_string(it->second->size) +
                                                         " bytes, but course.json says " +
                                                         std::to_string(f.size)));
        scanned.listed.emplace(f.path, *it->second);
    }
    for (const auto& e : entries)
        if (!e.folder && e.name != kManifestEntry && e.name != kSignatureEntry && !manifest.find(e.name) &&
            !entryNameProblem(e.name))
            check.problems.push_back(problem(e.name, "is in the package but not listed in course.json"));
    if (manifest.totalBytes() > limits.maxTotalBytes)
        check.problems.push_back(problem(kManifestEntry, "lists " + std::to_string(manifest.totalBytes()) +
                                                             " bytes of files, more than the " +
                                                             std::to_string(limits.maxTotalBytes) +
                                                             " a kiosk accepts"));
}

const ZipEntry* findEntry(const std::vector<ZipEntry>& entries, std::string_view name) {
    for (const auto& e : entries)
        if (e.name == name) return &e;
    return nullptr;
}

} // namespace

std::optional<ScannedPackage> scanPackage(const std::filesystem::path& package, const VerifyOptions& options,
                                          PackageCheck& check) {
    std::string error;
    auto zip = ZipReader::open(package, error);
    if (!zip) {
        check.problems.push_back(ContentError{package, 0, {}, error});
        return std::nullopt;
    }
    ScannedPackage scanned{package, std::move(*zip), {}};
    const auto entries = scanned.zip.entries();
    if (entries.size() > options.limits.maxEntries) {
        check.problems.push_back(ContentError{
            package, 0, {}, "has " + std::to_string(entries.size()) + " entries, more than a kiosk accepts"});
        return scanned;
    }
    checkEntries(entries, options.limits, check);

    const ZipEntry* manifestEntry = findEntry(entries, kManifestEntry);
    std::optional<std::string> manifestBytes;
    if (!manifestEntry)
        check.problems.push_back(problem(kManifestEntry, "is missing: this is not a Pelita course package"));
    else if (!(manifestBytes = scanned.zip.readAll(*manifestEntry, options.limits.maxManifestBytes, error)))
        check.problems.push_back(problem(kManifestEntry, error));
    if (manifestBytes) {
        auto manifest = parseManifest(*manifestBytes);
        if (manifest) {
            checkListing(entries, *manifest, options.limits, scanned, check);
            check.manifest = std::move(*manifest);
        } else {
            check.problems.push_back(manifest.error());
        }
    }

    std::optional<std::string> signature;
    if (const ZipEntry* s = findEntry(entries, kSignatureEntry)) {
        if (!(signature = scanned.zip.readAll(*s, kMaxSignatureBytes, error)))
            check.problems.push_back(problem(kSignatureEntry, error));
    }
    if (manifestBytes) checkSignature(signature, *manifestBytes, options, check);
    return scanned;
}

} // namespace pelita::content::detail
