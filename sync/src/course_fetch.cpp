#include "course_fetch.h"
#include "yielding_transport.h"

#include <pelita/content/package_installer.h>
#include <pelita/sync/package_download.h>

#include <algorithm>

namespace pelita::sync {
namespace {

DownloadProblem problemOf(DownloadError::Kind kind) {
    switch (kind) {
    case DownloadError::Kind::Link: return DownloadProblem::Link;
    case DownloadError::Kind::Server: return DownloadProblem::Server;
    case DownloadError::Kind::Damaged: return DownloadProblem::Damaged;
    case DownloadError::Kind::Disk: return DownloadProblem::Disk;
    }
    return DownloadProblem::Server;
}

} // namespace

FetchEnd fetchCourse(const CourseFetch& fetch, CourseDownload& course, const std::function<void()>& changed) {
    const CatalogueEntry& entry = course.offer.entry;
    course.state = DownloadState::Downloading;
    course.problem = DownloadProblem::None;
    course.error.clear();
    changed();
    YieldingTransport link(fetch.transport, fetch.hooks.shouldYield);
    // Progress at most once per percent: a status is copied to the UI each time.
    std::uint64_t shownPercent = course.done * 100 / std::max<std::uint64_t>(entry.size, 1);
    auto got = downloadPackage(link, fetch.serverUrl, fetch.auth, entry, downloadsFolder(fetch.dataDir),
                               [&](std::uint64_t done, std::uint64_t total) {
                                   course.done = done;
                                   const auto percent = done * 100 / std::max<std::uint64_t>(total, 1);
                                   if (percent == shownPercent) return;
                                   shownPercent = percent;
                                   changed();
                               });
    if (!got) {
        if (link.yielded()) {
            course.state = DownloadState::Paused;
            changed();
            return FetchEnd::Yielded;
        }
        course.problem = problemOf(got.error().kind);
        course.error = got.error().message;
        // A dropped link (or a full disk, which a trainer may clear) resumes next time;
        // a package the server lacks or sent wrong waits for the trainer.
        const bool resumable = course.problem == DownloadProblem::Link || course.problem == DownloadProblem::Disk;
        course.state = resumable ? DownloadState::Paused : DownloadState::Failed;
        if (course.problem == DownloadProblem::Damaged) course.done = 0;
        changed();
        return course.problem == DownloadProblem::Link ? FetchEnd::LinkDropped : FetchEnd::Failed;
    }
    course.done = entry.size;
    course.state = DownloadState::Verifying;
    changed();
    content::InstallOptions options;
    options.allowUnsigned = fetch.allowUnsigned;
    auto installed = content::installPackage(got->file, fetch.dataDir, options);
    // Installed or refused, the downloaded file has served: the course folder holds
    // the course now, and a refused package must not be installed by a later try.
    std::error_code ec;
    std::filesystem::remove(got->file, ec);
    if (!installed) {
        course.state = DownloadState::Failed;
        course.problem = DownloadProblem::Refused;
        course.done = 0;
        for (const auto& problem : installed.error())
            course.error += (course.error.empty() ? "" : "; ") + problem.describe();
        changed();
        return FetchEnd::Failed;
    }
    course.state = DownloadState::Installed; // the caller counts it, then publishes
    return FetchEnd::Installed;
}

} // namespace pelita::sync
