// streamFiles(): the one pass over a package's file contents.
#include "package/package_scan.h"
#include "package/sha256.h"
#include "package/text_checks.h"

namespace pelita::content::detail {

namespace {

ContentError problem(const std::string& path, std::string message) {
    return ContentError{std::filesystem::u8path(path), 0, {}, std::move(message)};
}

} // namespace

void streamFiles(const ScannedPackage& package, const PackageManifest& manifest, FileSink* sink,
                 const Progress& progress, std::vector<ContentError>& problems) {
    const std::uint64_t total = manifest.totalBytes();
    std::uint64_t done = 0;
    for (const auto& file : manifest.files) {
        auto entry = package.listed.find(file.path);
        // scanPackage() reported a missing file, or one whose zip size disagrees.
        if (entry == package.listed.end() || entry->second.size != file.size) continue;
        std::string error;
        if (sink && !sink->open(file, error)) {
            problems.push_back(problem(file.path, error));
            return;
        }
        Sha256 hash;
        Utf8Validator utf8;
        const bool text = isTextFile(file.path);
        std::uint64_t size = 0;
        const bool read =
            package.zip.stream(entry->second, file.size, error, [&](const char* data, std::size_t n) {
                hash.update(data, n);
                if (text) utf8.feed(std::string_view(data, n));
                size += n;
                done += n;
                if (progress) progress(done, total);
                return !sink || sink->write(data, n, error);
            });
        if (sink && read && !sink->close(error)) {
            problems.push_back(problem(file.path, error));
            return;
        }
        const std::size_t before = problems.size();
        if (!read)
            problems.push_back(problem(file.path, error));
        else if (size != file.size)
            problems.push_back(problem(file.path, "is " + std::to_string(size) +
                                                      " bytes, but course.json says " +
                                                      std::to_string(file.size)));
        else if (hash.hexDigest() != file.sha256)
            problems.push_back(
                problem(file.path, "does not match its SHA-256 in course.json (damaged or altered)"));
        else if (text && !utf8.finish())
            problems.push_back(problem(file.path, "is not valid UTF-8 text"));
        if (sink && problems.size() != before) return;
    }
}

} // namespace pelita::content::detail
