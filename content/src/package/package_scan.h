#pragma once
// Internal: the checks shared by verifyPackage() and installPackage(), in two
// passes. scanPackage() reads only the zip directory, course.json and the
// signature; streamFiles() then reads every listed file once, checking it and
// handing its bytes to a sink (nothing for verify, the staging folder for install).
#include <pelita/content/package_verifier.h>

#include "package/zip_archive.h"

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace pelita::content::detail {

struct ScannedPackage {
    std::filesystem::path file; // reopened by streamFiles()' extra lanes
    ZipReader zip;
    std::map<std::string, ZipEntry> listed; // the manifest's files, by path
};

// Fills `check` (manifest, signature, problems). Returns the open package when
// the zip could be read at all, so that streamFiles() can follow.
std::optional<ScannedPackage> scanPackage(const std::filesystem::path& package, const VerifyOptions& options,
                                          PackageCheck& check);

// Where an install writes a file's bytes. Each call returns false with `error` to stop.
class FileSink {
public:
    virtual ~FileSink() = default;
    virtual bool open(const PackageFile& file, std::string& error) = 0;
    virtual bool write(const char* data, std::size_t size, std::string& error) = 0;
    virtual bool close(std::string& error) = 0;
};

using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

// How many lanes streamFiles() shares this package's files out between. SHA-256
// is most of the cost of an import (about 1.5 GB/s per core even with the CPU's
// SHA instructions), so a large package gets one lane per core, each with its
// own thread and zip handle; a small one gets one lane.
unsigned streamLanes(const PackageManifest& manifest);

// Reads each listed file and checks its size, SHA-256 and, for Markdown and JSON,
// UTF-8. Files are shared out between streamLanes(manifest) lanes (each reads its
// files in manifest order); `sinks` holds one sink per lane, or is empty to check
// only. Problems come
// back in manifest order, one per bad file; with sinks, streaming stops at the
// first. `progress` is called from the lanes' threads, one call at a time.
void streamFiles(const ScannedPackage& package, const PackageManifest& manifest,
                 const std::vector<FileSink*>& sinks, const Progress& progress,
                 std::vector<ContentError>& problems);

} // namespace pelita::content::detail
