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

    // One entry's bytes in order: a deflated entry through zip_fopen_index()
    // (inflated, with libzip's CRC-32 check), a stored one as two windows onto
    // the archive (zip_archive.cpp says why).
    class EntryReader {
    public:
        EntryReader(zip_t* zip, const ZipEntry& entry);
        ~EntryReader();
        EntryReader(const EntryReader&) = delete;
        EntryReader& operator=(const EntryReader&) = delete;
        // Bytes read into `buffer`; 0 at the end; -1 with `error` on a failure.
        std::int64_t read(char* buffer, std::uint64_t size, std::string& error);

    private:
        struct Window {
            std::uint64_t start, length;
        };
        bool openNext(std::string& error);
        void closeCurrent();

        zip_t* zip_;
        zip_uint64_t index_;
        std::vector<Window> windows_; // empty: the whole entry through zip_fopen_index()
        std::size_t next_ = 0;        // the window or whole entry to open next
        zip_file_t* file_ = nullptr;
        zip_source_t* window_ = nullptr;
    };
};

// Large enough to amortise calls, small enough to stay in the CPU cache while
// it is hashed and then written.
inline constexpr std::size_t kZipChunk = 256u << 10;

template <class Sink>
bool ZipReader::stream(const ZipEntry& entry, std::uint64_t limit, std::string& error, Sink&& sink) const {
    EntryReader reader(zip_.get(), entry);
    std::vector<char> buffer(kZipChunk);
    std::uint64_t total = 0;
    for (;;) {
        const std::int64_t n = reader.read(buffer.data(), buffer.size(), error);
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
