#pragma once
// The course catalogue kiosks pull: the newest published version of each
// course. Older versions stay downloadable by hash but are not listed.
// No I/O; thread-safe.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pelita_store.h"

namespace pelita::server {

// One package per course IRI, the highest version (compareVersions()), in the
// order of the courses' IRIs. `since` (utcIso8601 form) keeps only courses whose
// listed package was published after it.
std::vector<PublishedPackage> newestPerCourse(const std::vector<PublishedPackage>& all,
                                              const std::optional<std::string>& since);

// newestPerCourse() of the versions not withdrawn: what kiosks are offered.
std::vector<PublishedPackage> listedPerCourse(std::vector<PublishedPackage> all,
                                              const std::optional<std::string>& since);

// Where a package is downloaded: /pelita/v1/packages/<sha256>.
std::string packagePath(const std::string& sha256);

// {"courses": [...]} with each package's JSON and its download path as "url".
nlohmann::json catalogueJson(const std::vector<PublishedPackage>& listed);

} // namespace pelita::server
