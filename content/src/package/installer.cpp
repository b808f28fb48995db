// installPackage(): verify, unpack into staging with every file checked as it
// lands, fsync, load the staged course, then swap it into place.
#include <pelita/content/course_library.h>
#include <pelita/content/package_installer.h>

#include "package/course_swap.h"
#include "package/install_lock.h"
#include "package/durable_file.h"
#include "package/package_scan.h"
#include "package/write_behind.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>

namespace pelita::content {

namespace fs = std::filesystem;
using Problems = std::vector<ContentError>;

namespace {

// Writes the files into the staging folder, one writer thread per lane of
// streamFiles() (so that reading and hashing the next chunk overlaps the write),
// remembering the files and folders made so that all are synced together at the end.
class Staging {
public:
    explicit Staging(fs::path root, unsigned lanes) : root_(std::move(root)) {
        folders_.insert(root_);
        for (unsigned i = 0; i < lanes; ++i) lanes_.push_back(std::make_unique<Lane>(*this));
    }

    std::vector<detail::FileSink*> sinks() const {
        std::vector<detail::FileSink*> all;
        for (const auto& lane : lanes_) all.push_back(lane.get());
        return all;
    }

    bool syncAll(std::string& error) {
        for (auto& lane : lanes_)
            if (!lane->writer.finish(error)) return false;
        for (const auto& f : files_)
            if (!detail::syncFile(f, error)) return false;
        for (auto it = folders_.rbegin(); it != folders_.rend(); ++it)
            detail::syncFolder(*it);
        return true;
    }

private:
    struct Lane final : detail::FileSink {
        explicit Lane(Staging& s) : staging(s) {}
        bool open(const PackageFile& file, std::string& error) override {
            const auto target = staging.prepare(file, error);
            return target && writer.create(*target, error);
        }
        bool write(const char* data, std::size_t size, std::string& error) override {
            return writer.write(data, size, error);
        }
        bool close(std::string&) override { return true; }

        Staging& staging;
        detail::WriteBehind writer;
    };

    // Makes the file's folders and notes the file; any lane's thread.
    std::optional<fs::path> prepare(const PackageFile& file, std::string& error) {
        const fs::path target = root_ / fs::u8path(file.path);
        std::lock_guard lock(mutex_);
        for (fs::path p = target.parent_path(); p != root_ && folders_.insert(p).second; p = p.parent_path()) {
        }
        std::error_code ec;
        fs::create_directories(target.parent_path(), ec);
        if (ec) {
            error = "cannot be unpacked: " + ec.message();
            return std::nullopt;
        }
        files_.push_back(target);
        return target;
    }

    fs::path root_;
    std::mutex mutex_;
    std::set<fs::path> folders_;
    std::vector<fs::path> files_;
    std::vector<std::unique_ptr<Lane>> lanes_;
};

std::optional<std::string> readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Decides from the installed course.json whether this package may replace it.
Expected<InstallOutcome, ContentError> outcomeFor(const PackageManifest& manifest, const fs::path& target,
                                                  bool allowDowngrade, std::string& previousVersion) {
    const auto installed = readFile(target / "course.json");
    if (!installed) return InstallOutcome::Installed;
    if (*installed == manifest.bytes) return InstallOutcome::AlreadyInstalled;
    const auto doc = nlohmann::json::parse(*installed, nullptr, false);
    const std::string installedIri = doc.is_object() ? doc.value("id", "") : "";
    if (installedIri != manifest.iri)
        return unexpected(ContentError{fs::path(kManifestEntry), 0, "id",
                                       "is " + manifest.iri + ", but the folder " +
                                           target.filename().string() + " holds another course (" +
                                           installedIri + "); uninstall it first"});
    previousVersion = doc.value("version", "");
    const int order = compareVersions(manifest.version, previousVersion);
    if (order < 0 && !allowDowngrade)
        return unexpected(ContentError{fs::path(kManifestEntry), 0, "version",
                                       "is " + manifest.version + ", older than the installed " +
                                           previousVersion + " (allow a downgrade to install it anyway)"});
    return order > 0    ? InstallOutcome::Upgraded
           : order == 0 ? InstallOutcome::Replaced
                        : InstallOutcome::Downgraded;
}

Expected<Course, Problems> unpack(const detail::ScannedPackage& scanned, const PackageManifest& manifest,
                                  const detail::InstallFolders& folders, const InstallOptions& options) {
    Problems problems;
    std::error_code ec;
    fs::create_directories(folders.staging, ec);
    if (ec) return unexpected(Problems{{folders.staging, 0, {}, "cannot be created: " + ec.message()}});
    Staging staging(folders.staging, detail::streamLanes(manifest));
    const auto sinks = staging.sinks();
    detail::streamFiles(scanned, manifest, sinks, options.progress, problems);
    std::string error;
    PackageFile courseJson{std::string(kManifestEntry), manifest.bytes.size(), {}};
    detail::FileSink& sink = *sinks.front();
    if (problems.empty() &&
        !(sink.open(courseJson, error) && sink.write(manifest.bytes.data(), manifest.bytes.size(), error) &&
          sink.close(error) && staging.syncAll(error)))
        problems.push_back({folders.staging, 0, {}, error});
    if (!problems.empty()) return unexpected(std::move(problems));
    // The files are genuine; now check they make a course this kiosk can show.
    auto staged = loadCourse(folders.staging);
    if (!staged) return unexpected(Problems{staged.error()});
    return std::move(*staged);
}

} // namespace

Expected<InstalledPackage, Problems> installPackage(const fs::path& package, const fs::path& dataDir,
                                                    const InstallOptions& options) {
    VerifyOptions verify;
    verify.trusted = loadTrustedKeys(dataDir / "trusted-keys").keys;
    verify.allowUnsigned = options.allowUnsigned;
    verify.limits = options.limits;
    PackageCheck check;
    auto scanned = detail::scanPackage(package, verify, check);
    if (!check.ok() || !scanned || !check.manifest) return unexpected(std::move(check.problems));
    const PackageManifest& manifest = *check.manifest;

    detail::InstallLock lock(dataDir, detail::InstallLock::Wait::Yes);
    recoverInterruptedInstalls(dataDir);
    const auto folders = detail::installFolders(dataDir, courseSlug(manifest.iri));
    InstalledPackage result;
    result.signature = check.signature;
    result.signerName = check.signerName;
    auto outcome = outcomeFor(manifest, folders.target, options.allowDowngrade, result.previousVersion);
    if (!outcome) return unexpected(Problems{outcome.error()});
    result.outcome = *outcome;

    if (result.outcome != InstallOutcome::AlreadyInstalled) {
        auto staged = unpack(*scanned, manifest, folders, options);
        if (!staged) {
            std::error_code ec;
            fs::remove_all(folders.staging, ec);
            return unexpected(staged.error());
        }
        if (auto failed = detail::swapIntoPlace(folders))
            return unexpected(Problems{{package, 0, {}, *failed}});
    } else if (options.progress) {
        options.progress(manifest.totalBytes(), manifest.totalBytes());
    }
    auto course = loadCourse(folders.target);
    if (!course) return unexpected(Problems{course.error()});
    result.course = std::move(*course);
    return result;
}

} // namespace pelita::content
