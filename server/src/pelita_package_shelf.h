#pragma once
// PackageShelf: the published package files, DATA/packages/<sha256>.pelita.
// A file arrives in a staging name in the same folder, is flushed to disk, and
// only then renamed to its hash, so a power cut leaves a whole package or none;
// leftovers of a cut-short upload are removed when the shelf opens.
// Thread notes: any thread; two stagings never share a name, and two shelvings
// of one hash write the same bytes.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <pelita/content/expected.h>

namespace pelita::server {

class PackageShelf {
public:
    // Creates the folder if needed and clears old staging files.
    static Expected<PackageShelf, std::string> open(const std::filesystem::path& folder);

    // A staging file holding `bytes` (an upload) or a copy of `file` (the CLI),
    // on disk. The caller shelves or discards it.
    Expected<std::filesystem::path, std::string> stageBytes(std::string_view bytes) const;
    Expected<std::filesystem::path, std::string> stageCopy(const std::filesystem::path& file) const;
    // Renames a staged file to its hash's name and makes the rename durable.
    Expected<std::filesystem::path, std::string> shelve(const std::filesystem::path& staged,
                                                        const std::string& sha256) const;
    void discard(const std::filesystem::path& staged) const;

    // Where the package with this hash lives (it may not exist).
    std::filesystem::path fileFor(const std::string& sha256) const;

private:
    explicit PackageShelf(std::filesystem::path folder) : folder_(std::move(folder)) {}
    std::filesystem::path newStagingName() const;
    // The staged file once flushed to disk; removed when it cannot be.
    Expected<std::filesystem::path, std::string> flushed(const std::filesystem::path& staged) const;

    std::filesystem::path folder_;
};

// The SHA-256 of a file's bytes in lower-case hex, read in chunks; nothing
// when it cannot be read.
std::optional<std::string> fileSha256(const std::filesystem::path& file);

// True for 64 lower-case hex digits.
bool isSha256Hex(std::string_view text);

} // namespace pelita::server
