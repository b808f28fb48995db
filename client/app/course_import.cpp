#include "app/course_import.h"

#include <pelita/content/course_library.h>
#include <pelita/content/package_keys.h>
#include <pelita/content/package_verifier.h>

#include <algorithm>
#include <cctype>

namespace pelita::kiosk {

namespace fs = std::filesystem;

namespace {

bool isPackage(const fs::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".pelita";
}

PackageImported importPackage(const fs::path& package, const fs::path& dataDir, const ImportRun& run,
                              ImportProgress& where) {
    content::InstallOptions options;
    options.allowUnsigned = run.allowUnsigned;
    std::uint64_t reported = 0;
    options.progress = [&](std::uint64_t done, std::uint64_t total) {
        // A progress bar moves in steps of a percent; more would only wake the UI thread.
        if (!run.progress || (done < total && (done - reported) * 100 < total)) return;
        reported = done;
        where.done = done;
        where.total = total;
        run.progress(where);
    };
    PackageImported result;
    result.source = package;
    auto installed = content::installPackage(package, dataDir, options);
    if (!installed) {
        result.refusal = refusalOf(package, dataDir, run.allowUnsigned, installed.error());
        for (const auto& problem : installed.error()) result.details.push_back(problem.describe());
        return result;
    }
    result.title = installed->course.title;
    result.version = installed->course.version;
    result.previousVersion = installed->previousVersion;
    result.outcome = installed->outcome;
    result.trustedSigner = installed->signature == content::SignatureState::Trusted;
    result.signerName = installed->signerName;
    return result;
}

PackageImported importFolder(const fs::path& folder, const fs::path& dataDir) {
    PackageImported result;
    result.source = folder;
    auto installed = content::installCourseFolder(folder, dataDir);
    if (!installed) {
        result.refusal = ImportRefusal::Unreadable;
        result.details.push_back(installed.error().describe());
        return result;
    }
    result.title = installed->title;
    result.version = installed->version;
    return result;
}

} // namespace

CoursesFound findCourses(const fs::path& path) {
    CoursesFound found;
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
        found.packages.push_back(path);
        return found;
    }
    if (fs::exists(path / "course.json", ec)) {
        found.folders.push_back(path);
        return found;
    }
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && isPackage(it->path())) found.packages.push_back(it->path());
        if (it.depth() == 0 && it->is_directory(ec) && fs::exists(it->path() / "course.json", ec))
            found.folders.push_back(it->path());
    }
    std::sort(found.packages.begin(), found.packages.end());
    std::sort(found.folders.begin(), found.folders.end());
    return found;
}

ImportRefusal refusalOf(const fs::path& package, const fs::path& dataDir, bool allowUnsigned,
                        const std::vector<content::ContentError>& problems) {
    content::VerifyOptions verify;
    verify.trusted = content::loadTrustedKeys(dataDir / "trusted-keys").keys;
    verify.allowUnsigned = allowUnsigned;
    verify.checkFiles = false;
    const auto check = content::verifyPackage(package, verify);
    if (check.signature == content::SignatureState::Invalid) return ImportRefusal::Tampered;
    if (!allowUnsigned && check.signature == content::SignatureState::Missing && check.manifest)
        return ImportRefusal::Unsigned;
    if (!allowUnsigned && check.signature == content::SignatureState::Valid) return ImportRefusal::Untrusted;
    if (!check.manifest) return ImportRefusal::Unreadable;
    for (const auto& p : problems) {
        const bool aboutManifest = p.file == fs::path(content::kManifestEntry);
        if (aboutManifest && p.field == "version") return ImportRefusal::Older;
        if (aboutManifest && p.field == "id") return ImportRefusal::OtherCourse;
        // A listed file whose size or SHA-256 is not what the signed manifest says.
        if (check.manifest->find(p.file.generic_string())) return ImportRefusal::Tampered;
    }
    return ImportRefusal::Unreadable;
}

std::vector<PackageImported> importCourses(const CoursesFound& found, const fs::path& dataDir,
                                           const ImportRun& run) {
    std::vector<PackageImported> results;
    ImportProgress where;
    where.count = found.packages.size() + found.folders.size();
    const auto begin = [&](const fs::path& source) {
        where.source = source;
        where.done = where.total = 0;
        if (run.progress) run.progress(where);
    };
    for (const auto& package : found.packages) {
        if (run.stopRequested && run.stopRequested()) return results;
        begin(package);
        results.push_back(importPackage(package, dataDir, run, where));
        ++where.index;
    }
    for (const auto& folder : found.folders) {
        if (run.stopRequested && run.stopRequested()) return results;
        begin(folder);
        results.push_back(importFolder(folder, dataDir));
        ++where.index;
    }
    return results;
}

} // namespace pelita::kiosk
