#include <pelita/sync/catalogue_status.h>

#include <algorithm>
#include <cstdio>

namespace pelita::sync {

const char* downloadStateKey(const CourseDownload& course) {
    switch (course.state) {
    case DownloadState::Offered: return "catalogue.state_offered";
    case DownloadState::Queued: return "catalogue.state_queued";
    case DownloadState::Downloading: return "catalogue.state_downloading";
    // A paused download waits either for results to be sent or for the link.
    case DownloadState::Paused:
        return course.problem == DownloadProblem::None ? "catalogue.state_paused" : "catalogue.state_waiting";
    case DownloadState::Verifying: return "catalogue.state_verifying";
    case DownloadState::Installed: return "catalogue.state_installed";
    case DownloadState::Failed: return "catalogue.state_failed";
    }
    return "catalogue.state_offered";
}

const char* downloadProblemKey(DownloadProblem problem) {
    switch (problem) {
    case DownloadProblem::None: return "";
    case DownloadProblem::Link: return "catalogue.problem_link";
    case DownloadProblem::Server: return "catalogue.problem_server";
    case DownloadProblem::Damaged: return "catalogue.problem_damaged";
    case DownloadProblem::Disk: return "catalogue.problem_disk";
    case DownloadProblem::Refused: return "catalogue.problem_refused";
    }
    return "";
}

const char* rosterOutcomeKey(RosterOutcome outcome) {
    switch (outcome) {
    case RosterOutcome::NotTried: return "catalogue.roster_not_tried";
    case RosterOutcome::Pulled: return "catalogue.roster_pulled";
    case RosterOutcome::NotRegistered: return "catalogue.roster_not_registered";
    case RosterOutcome::Failed: return "catalogue.roster_failed";
    }
    return "catalogue.roster_not_tried";
}

const char* assignmentsOutcomeKey(RosterOutcome outcome) {
    switch (outcome) {
    case RosterOutcome::NotTried: return "catalogue.assignments_not_tried";
    case RosterOutcome::Pulled: return "catalogue.assignments_pulled";
    case RosterOutcome::NotRegistered: return "catalogue.assignments_not_registered";
    case RosterOutcome::Failed: return "catalogue.assignments_failed";
    }
    return "catalogue.assignments_not_tried";
}

std::string sizeText(std::uint64_t bytes) {
    constexpr double kMiB = 1024.0 * 1024.0;
    char text[32];
    // A small course (text and a few pictures) is tens of KB: "0.0 MB" would say nothing.
    if (bytes < (1u << 20)) std::snprintf(text, sizeof text, "%llu KB", static_cast<unsigned long long>((bytes + 1023) / 1024));
    else std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / kMiB);
    return text;
}

int percentDone(const CourseDownload& course) {
    const std::uint64_t size = course.offer.entry.size;
    if (size == 0) return course.state == DownloadState::Installed ? 100 : 0;
    return static_cast<int>(std::min<std::uint64_t>(course.done, size) * 100 / size);
}

bool canAskFor(const CourseDownload& course) {
    return course.state == DownloadState::Offered || course.state == DownloadState::Failed;
}

} // namespace pelita::sync
