#pragma once
// Internal: RAII over libzip for reading a package. One thread at a time per
// archive (libzip archives are not thread-safe).
#include <zip.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pelita::content::detail {

// What the zip's central directory says about one entry, before trusting it.
struct ZipEntry {
    zip_uint64_t index = 0;
    std::string name;       // raw bytes, as stored
    std::uint64_t size = 0; // declared unpacked size
    std::uint64_t packedSize = 0;
    bool stored = true;      // not deflated
    bool folder = false;     // name ends in '/'
    bool regularFile = true; // false for symlinks, devices, fifos (Unix mode bits)
};

class ZipReader {
public:
    // Opens `file`; nullopt with `error` set when it is not a complete zip.
    static std::optional<ZipReader> open(const std::filesystem::path& file, std::string& error);

    std::vector<ZipEntry> entries() const;

    // Reads a whole entry, refusing more than `limit` bytes.
    std::optional<std::string> readAll(const ZipEntry& entry, std::uint64_t limit, std::string& error) const;

    // Streams an entry in chunks to `sink`; false with `error` on a read failure
    // (a damaged entry, a CRC mismatch) or once more than `limit` bytes arrive.
    template <class Sink>
    bool stream(const ZipEntry& entry, std::uint64_t limit, std::string& error, Sink&& sink) const;

private:
    struct Closer {
        void operator()(zip_t* z) const { zip_discard(z); }
    };
    std::unique_ptr<zip_t, Closer> zip_;

    struct FileCloser {
        void operator()(zip_file_t* f) const { zip_fclose(f); }
    };
    using EntryHandle = std::unique_ptr<zip_file_t, FileCloser>;
    EntryHandle openEntry(const ZipEntry& entry, std::string& error) const;
    std::int64_t read(zip_file_t* f, char* buffer, std::uint64_t size, std::string& error) const;
};

// Large enough to amortise calls, small enough to stay in the CPU cache while
// it is hashed and then written.
inline constexpr std::size_t kZipChunk = 256u << 10;

template <class Sink>
bool ZipReader::stream(const ZipEntry& entry, std::uint64_t limit, std::string& error, Sink&& sink) const {
    auto f = openEntry(entry, error);
    if (!f) return false;
    std::vector<char> buffer(kZipChunk);
    std::uint64_t total = 0;
    for (;;) {
        const std::int64_t n = read(f.get(), buffer.data(), buffer.size(), error);
        if (n < 0) return false;
        if (n == 0) return true;
        total += static_cast<std::uint64_t>(n);
        if (total > limit) {
            error = "unpacks to more than the " + std::to_string(limit) + " bytes it may hold";
            return false;
        }
        if (!sink(buffer.data(), static_cast<std::size_t>(n))) return false;
    }
}

} // namespace pelita::content::detail
