#pragma once
// One course of the pull pass: download its package (resuming), then install it.
// Internal to pull_pass.cpp. Threads: the caller's.
#include <pelita/sync/catalogue_status.h>
#include <pelita/sync/pull_pass.h>

#include <filesystem>

namespace pelita::sync {

struct CourseFetch {
    Transport& transport;
    std::string serverUrl;
    HttpHeaders auth;
    std::filesystem::path dataDir;
    bool allowUnsigned = false;
    const PullHooks& hooks;
};

enum class FetchEnd { Installed, Yielded, LinkDropped, Failed };

// Updates `course` (state, done, problem) as it goes, calling `changed` after each
// visible change; `changed` is where the caller publishes the whole status. After
// Installed the caller publishes, once it has counted the install.
FetchEnd fetchCourse(const CourseFetch& fetch, CourseDownload& course, const std::function<void()>& changed);

} // namespace pelita::sync
