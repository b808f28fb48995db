// streamFiles(): the one pass over a package's file contents, shared out
// between lanes so that hashing runs on every core.
#include "package/package_scan.h"
#include "package/sha256.h"
#include "package/text_checks.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace pelita::content::detail {

namespace {

// Below this, a second thread and zip handle cost more than they save.
constexpr std::uint64_t kBytesWorthALane = 8u << 20;
constexpr unsigned kMaxLanes = 4;

ContentError problem(const std::string& path, std::string message) {
    return ContentError{std::filesystem::u8path(path), 0, {}, std::move(message)};
}

// What the lanes share: the running byte count for progress, and the stop flag
// an install raises at its first problem.
struct Shared {
    Shared(const Progress& p, std::uint64_t t) : progress(p), total(t) {}

    const Progress& progress;
    const std::uint64_t total;
    std::atomic<bool> stop{false};
    std::mutex progressMutex;
    std::uint64_t done = 0; // guarded by progressMutex, so reports never go backwards

    void advance(std::size_t n) {
        if (!progress) return;
        std::lock_guard lock(progressMutex);
        done += n;
        progress(done, total);
    }
};

struct FoundProblem {
    std::size_t order; // the file's place in the manifest
    ContentError error;
};

// Streams one file through `zip` into `sink`, checking it. Returns the problem, if any.
std::optional<std::string> streamOne(const ZipReader& zip, const ZipEntry& entry, const PackageFile& file,
                                     FileSink* sink, Shared& shared) {
    std::string error;
    if (sink && !sink->open(file, error)) return error;
    Sha256 hash;
    Utf8Validator utf8;
    const bool text = isTextFile(file.path);
    std::uint64_t size = 0;
    const bool read = zip.stream(entry, file.size, error, [&](const char* data, std::size_t n) {
        if (sink && shared.stop) {
            error = "stopped: another file failed";
            return false;
        }
        hash.update(data, n);
        if (text) utf8.feed(std::string_view(data, n));
        size += n;
        shared.advance(n);
        return !sink || sink->write(data, n, error);
    });
    if (sink && read && !sink->close(error)) return error;
    if (!read) return error;
    if (size != file.size)
        return "is " + std::to_string(size) + " bytes, but course.json says " + std::to_string(file.size);
    if (hash.hexDigest() != file.sha256) return "does not match its SHA-256 in course.json (damaged or altered)";
    if (text && !utf8.finish()) return "is not valid UTF-8 text";
    return std::nullopt;
}

// One lane: its files, in manifest order, through its own zip handle.
void runLane(const ZipReader& zip, const ScannedPackage& package, const PackageManifest& manifest,
             const std::vector<std::size_t>& files, FileSink* sink, Shared& shared,
             std::vector<FoundProblem>& problems) {
    for (std::size_t order : files) {
        if (sink && shared.stop) return;
        const PackageFile& file = manifest.files[order];
        const ZipEntry& entry = package.listed.at(file.path);
        if (auto error = streamOne(zip, entry, file, sink, shared)) {
            // A lane stopped by another's failure adds nothing of its own.
            if (sink && shared.stop.exchange(true)) return;
            problems.push_back({order, problem(file.path, std::move(*error))});
        }
    }
}

// Shares the files out by size, largest first, each to the lane with the fewest
// bytes so far; each lane then takes its files in manifest order.
std::vector<std::vector<std::size_t>> shareOut(const std::vector<std::size_t>& files,
                                               const PackageManifest& manifest, unsigned lanes) {
    std::vector<std::size_t> bySize = files;
    std::stable_sort(bySize.begin(), bySize.end(), [&](std::size_t a, std::size_t b) {
        return manifest.files[a].size > manifest.files[b].size;
    });
    std::vector<std::vector<std::size_t>> shares(lanes);
    std::vector<std::uint64_t> load(lanes, 0);
    for (std::size_t order : bySize) {
        const auto lane = static_cast<std::size_t>(std::min_element(load.begin(), load.end()) - load.begin());
        shares[lane].push_back(order);
        load[lane] += manifest.files[order].size;
    }
    for (auto& share : shares) std::sort(share.begin(), share.end());
    return shares;
}

} // namespace

unsigned streamLanes(const PackageManifest& manifest) {
    if (manifest.totalBytes() < kBytesWorthALane || manifest.files.size() < 2) return 1;
    return std::clamp(std::thread::hardware_concurrency(), 1u, kMaxLanes);
}

void streamFiles(const ScannedPackage& package, const PackageManifest& manifest,
                 const std::vector<FileSink*>& sinks, const Progress& progress,
                 std::vector<ContentError>& problems) {
    Shared shared(progress, manifest.totalBytes());
    std::vector<std::size_t> files;
    for (std::size_t i = 0; i < manifest.files.size(); ++i) {
        auto entry = package.listed.find(manifest.files[i].path);
        // scanPackage() reported a missing file, or one whose zip size disagrees.
        if (entry != package.listed.end() && entry->second.size == manifest.files[i].size) files.push_back(i);
    }
    const unsigned lanes = streamLanes(manifest);
    const auto shares = shareOut(files, manifest, lanes);

    std::vector<std::vector<FoundProblem>> found(lanes);
    std::vector<std::optional<ZipReader>> readers(lanes);
    std::vector<std::thread> threads;
    for (unsigned lane = 1; lane < lanes; ++lane) {
        std::string error;
        readers[lane] = ZipReader::open(package.file, error);
        if (!readers[lane]) {
            found[lane].push_back({0, ContentError{package.file, 0, {}, error}});
            shared.stop = !sinks.empty();
            continue;
        }
        threads.emplace_back([&, lane] {
            runLane(*readers[lane], package, manifest, shares[lane], sinks.empty() ? nullptr : sinks[lane],
                    shared, found[lane]);
        });
    }
    runLane(package.zip, package, manifest, shares[0], sinks.empty() ? nullptr : sinks[0], shared, found[0]);
    for (auto& t : threads) t.join();

    std::vector<FoundProblem> all;
    for (auto& lane : found) all.insert(all.end(), lane.begin(), lane.end());
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    for (auto& p : all) problems.push_back(std::move(p.error));
}

} // namespace pelita::content::detail
