#pragma once
// Downloading a published package from the server, for a link that works a
// minute at a time. The bytes go to DATA/downloads/<sha256>.part; a later try
// (after a dropped link, a restart or a power cut) asks only for the rest, with
// an HTTP Range request. The finished file's size and SHA-256 are checked against
// the catalogue before it becomes <sha256>.pelita; one that fails is deleted, so
// the next try starts over. The package's own checks (signature, every file's
// hash) stay with the installer, which runs next.
// Threads: any thread, one download per file at a time; the Transport is used
// from the calling thread only.
#include <pelita/content/expected.h>
#include <pelita/sync/catalogue.h>
#include <pelita/sync/transport.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace pelita::sync {

struct DownloadError {
    enum class Kind {
        Link,    // the server was not reached or the link dropped; the partial file is kept
        Server,  // the server refused (4xx/5xx); message says what it said
        Damaged, // the finished file is not the one the catalogue lists; deleted
        Disk,    // this kiosk could not write the file
    } kind = Kind::Link;
    std::string message; // plain words, English
};

struct DownloadReport {
    std::filesystem::path file;     // DATA/downloads/<sha256>.pelita
    std::uint64_t resumedFrom = 0;  // bytes already there before this try
    std::uint64_t received = 0;     // bytes that came over the link in this try
};

// Called with bytes on disk so far and the package's size.
using DownloadProgress = std::function<void(std::uint64_t done, std::uint64_t total)>;

// `serverUrl` is the server's base URL ("https://host"); `auth` the credential header.
Expected<DownloadReport, DownloadError> downloadPackage(Transport& transport, const std::string& serverUrl,
                                                        const HttpHeaders& auth, const CatalogueEntry& entry,
                                                        const std::filesystem::path& folder,
                                                        const DownloadProgress& progress = {});

} // namespace pelita::sync
