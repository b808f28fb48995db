#pragma once
// Making packages, for pelita-pack: builds a .pelita from a course source folder
// (docs/course-format.md) and signs one. Any thread.
#include <pelita/content/package.h>
#include <pelita/content/package_keys.h>
#include <pelita/content/quiz_import.h>

#include <filesystem>
#include <optional>
#include <vector>

namespace pelita::content {

// Loads and checks the course (as `pelita import` would), checks that every image
// and local link in its lessons exists ("lessons/01.md:12: ..."), then writes
// `output` holding course.json, exactly the files the course uses, and a signature
// when `key` is given. Compressed media (jpg, png, mp4, mp3, ...) is stored, the
// rest deflated. `output` is replaced only once complete.
// A quiz JSON naming a GIFT or Aiken bank ("questionsFrom") is packaged as plain
// quiz JSON with the bank's questions; the importers' warnings (what was imported
// differently or left out) are appended to `importWarnings` when given.
Expected<PackageManifest, ContentError> buildPackage(const std::filesystem::path& source,
                                                     const std::filesystem::path& output,
                                                     const std::optional<SecretKey>& key,
                                                     std::vector<ImportProblem>* importWarnings = nullptr);

// Adds or replaces the package's signature. The manifest must pass its schema;
// the files are not re-read (verify does that).
Expected<PackageManifest, ContentError> signPackage(const std::filesystem::path& package,
                                                    const SecretKey& key);

} // namespace pelita::content
