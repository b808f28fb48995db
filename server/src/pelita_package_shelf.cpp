#include "pelita_package_shelf.h"

#include <fstream>

#include <openssl/evp.h>
#include <sodium.h>

#include <pelita/content/disk_sync.h>

namespace pelita::server {

namespace fs = std::filesystem;

namespace {
constexpr std::string_view kStagingPrefix = ".incoming-";
} // namespace

Expected<PackageShelf, std::string> PackageShelf::open(const fs::path& folder) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return unexpected("cannot create " + folder.string() + ": " + ec.message());
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().filename().string().rfind(kStagingPrefix, 0) == 0) fs::remove(entry.path(), ec);
    if (ec) return unexpected("cannot read " + folder.string() + ": " + ec.message());
    return PackageShelf(folder);
}

fs::path PackageShelf::newStagingName() const {
    return folder_ / (std::string(kStagingPrefix) + std::to_string(randombytes_random()) + "-" +
                      std::to_string(randombytes_random()));
}

Expected<fs::path, std::string> PackageShelf::stageBytes(std::string_view bytes) const {
    const auto staged = newStagingName();
    {
        std::ofstream out(staged, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush()) {
            discard(staged);
            return unexpected("cannot write " + staged.string());
        }
    }
    return flushed(staged);
}

Expected<fs::path, std::string> PackageShelf::stageCopy(const fs::path& file) const {
    const auto staged = newStagingName();
    std::error_code ec;
    fs::copy_file(file, staged, ec);
    if (ec) return discard(staged), unexpected("cannot copy " + file.string() + ": " + ec.message());
    return flushed(staged);
}

Expected<fs::path, std::string> PackageShelf::flushed(const fs::path& staged) const {
    std::string error;
    if (content::syncFileToDisk(staged, error)) return staged;
    discard(staged);
    return unexpected(staged.string() + ": " + error);
}

Expected<fs::path, std::string> PackageShelf::shelve(const fs::path& staged, const std::string& sha256) const {
    const auto target = fileFor(sha256);
    std::error_code ec;
    fs::rename(staged, target, ec);
    if (ec) return discard(staged), unexpected("cannot move the package to " + target.string() + ": " + ec.message());
    content::syncFolderToDisk(folder_);
    return target;
}

void PackageShelf::discard(const fs::path& staged) const {
    std::error_code ec;
    fs::remove(staged, ec);
}

fs::path PackageShelf::fileFor(const std::string& sha256) const { return folder_ / (sha256 + ".pelita"); }

std::optional<std::string> fileSha256(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) return std::nullopt;
    std::string chunk(1 << 20, '\0');
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        if (in.gcount() > 0) EVP_DigestUpdate(ctx.get(), chunk.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (!in.eof()) return std::nullopt;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1) return std::nullopt;
    std::string hex(length * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest, length);
    hex.pop_back();
    return hex;
}

bool isSha256Hex(std::string_view text) {
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

} // namespace pelita::server
