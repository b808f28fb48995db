#include <pelita/sync/package_download.h>

#include <pelita/content/disk_sync.h>

#include <sodium.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

namespace pelita::sync {

namespace fs = std::filesystem;

namespace {

// How much may arrive between flushes of the partial file to disk: at 2G speeds
// a few minutes of download, which a power cut may then cost at most.
constexpr std::uint64_t kFlushEvery = 4u << 20;

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

DownloadError failure(DownloadError::Kind kind, std::string message) { return DownloadError{kind, std::move(message)}; }

std::optional<std::string> sha256Of(const fs::path& file) {
    File in(std::fopen(file.string().c_str(), "rb"));
    if (!in) return std::nullopt;
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::vector<unsigned char> buffer(1u << 20);
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), in.get())) > 0) crypto_hash_sha256_update(&state, buffer.data(), n);
    if (std::ferror(in.get())) return std::nullopt;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    char hex[2 * sizeof digest + 1];
    return sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
}

// Appends what the server sends to the partial file, flushing to disk now and then.
class PartialFile {
public:
    PartialFile(fs::path path, std::uint64_t size) : path_(std::move(path)), size_(size) {}

    bool open(bool restart) {
        file_.reset(std::fopen(path_.string().c_str(), restart ? "wb" : "ab"));
        if (restart) size_ = 0;
        flushedAt_ = size_;
        return file_ != nullptr;
    }
    bool append(const char* data, std::size_t n) {
        if (std::fwrite(data, 1, n, file_.get()) != n) return false;
        size_ += n;
        return size_ - flushedAt_ < kFlushEvery || flush();
    }
    bool flush() {
        if (std::fflush(file_.get()) != 0) return false;
        std::string error;
        flushedAt_ = size_;
        return content::syncFileToDisk(path_, error);
    }
    bool close() {
        const bool ok = flush();
        file_.reset();
        return ok;
    }
    std::uint64_t size() const { return size_; }

private:
    fs::path path_;
    std::uint64_t size_;
    std::uint64_t flushedAt_ = 0;
    File file_;
};

// Fetches the missing bytes (all of them when `from` is 0) into the partial file.
Expected<std::uint64_t, DownloadError> fetchRest(Transport& transport, const std::string& url, HttpHeaders headers,
                                                 const CatalogueEntry& entry, const fs::path& part,
                                                 std::uint64_t from, const DownloadProgress& progress) {
    if (from > 0) {
        headers.emplace_back("Range", "bytes=" + std::to_string(from) + "-");
        // Should the server hold other bytes under this hash, it sends them whole.
        headers.emplace_back("If-Range", "\"" + entry.sha256 + "\"");
    }
    PartialFile file(part, from);
    bool opened = false, diskFull = false, tooLong = false;
    std::uint64_t received = 0;
    auto result = transport.getTo(url, headers, [&](int status, const char* data, std::size_t n) {
        if (!opened) {
            // 206 continues the partial file; 200 is the whole file, so it starts over.
            opened = file.open(/*restart=*/status != 206);
            if (!opened) return !(diskFull = true);
        }
        if (!file.append(data, n)) return !(diskFull = true);
        received += n;
        if (progress) progress(file.size(), entry.size);
        return !(tooLong = file.size() > entry.size);
    });
    if (opened && !file.close()) diskFull = true;
    if (tooLong)
        return unexpected(failure(DownloadError::Kind::Damaged, "The server sent more bytes than the catalogue lists."));
    if (diskFull) return unexpected(failure(DownloadError::Kind::Disk, "The download could not be saved on this kiosk: " + part.string()));
    if (!result.reached()) return unexpected(failure(DownloadError::Kind::Link, result.error));
    if (result.status == 416)
        return unexpected(failure(DownloadError::Kind::Damaged, "The server has fewer bytes than were already downloaded."));
    if (result.status / 100 != 2)
        return unexpected(failure(DownloadError::Kind::Server, "The server answered " + std::to_string(result.status) +
                                                                   (result.body.empty() ? "" : ": " + result.body.substr(0, 300))));
    return received;
}

} // namespace

Expected<DownloadReport, DownloadError> downloadPackage(Transport& transport, const std::string& serverUrl,
                                                        const HttpHeaders& auth, const CatalogueEntry& entry,
                                                        const fs::path& folder, const DownloadProgress& progress) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return unexpected(failure(DownloadError::Kind::Disk, folder.string() + ": cannot be created: " + ec.message()));
    DownloadReport report;
    report.file = folder / (entry.sha256 + ".pelita");
    if (fs::exists(report.file, ec) && fs::file_size(report.file, ec) == entry.size) return report; // done before
    const fs::path part = folder / (entry.sha256 + ".part");
    std::uint64_t have = fs::exists(part, ec) ? fs::file_size(part, ec) : 0;
    if (ec || have > entry.size) {
        fs::remove(part, ec);
        have = 0;
    }
    report.resumedFrom = have;
    if (have < entry.size) {
        auto got = fetchRest(transport, serverUrl + entry.url, auth, entry, part, have, progress);
        if (!got) {
            if (got.error().kind == DownloadError::Kind::Damaged) fs::remove(part, ec);
            return unexpected(got.error());
        }
        report.received = *got;
    }
    const auto hash = sha256Of(part);
    if (!hash) return unexpected(failure(DownloadError::Kind::Disk, part.string() + ": cannot be read back"));
    if (fs::file_size(part, ec) != entry.size || *hash != entry.sha256) {
        fs::remove(part, ec);
        return unexpected(failure(DownloadError::Kind::Damaged,
                                  "The downloaded package is not the one the catalogue lists (size or SHA-256 differ); "
                                  "it was deleted and the next try starts over."));
    }
    fs::rename(part, report.file, ec);
    if (ec) return unexpected(failure(DownloadError::Kind::Disk, report.file.string() + ": " + ec.message()));
    content::syncFolderToDisk(folder);
    return report;
}

} // namespace pelita::sync
