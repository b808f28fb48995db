#pragma once
// Internal: RAII over libzip for writing a package. Nothing reaches `file` until
// commit() succeeds (libzip writes a temporary file and renames it). One thread.
#include <zip.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace pelita::content::detail {

class ZipWriter {
public:
    // `create`: start a new zip (replacing any file there on commit); otherwise
    // edit the existing one.
    bool open(const std::filesystem::path& file, bool create, std::string& error);

    // Adds (or replaces) an entry from memory; the writer keeps its own copy.
    bool addBytes(const std::string& name, std::string bytes, std::string& error);
    // Adds an entry read from `source` at commit time; stored when `store`, else deflated.
    bool addFile(const std::string& name, const std::filesystem::path& source, bool store,
                 std::string& error);

    bool commit(std::string& error);

private:
    bool add(const std::string& name, zip_source_t* source, bool store, std::string& error);
    bool finishEntry(zip_int64_t index, bool store, std::string& error);

    struct Discard {
        void operator()(zip_t* z) const { zip_discard(z); }
    };
    std::unique_ptr<zip_t, Discard> zip_;
    std::vector<std::unique_ptr<std::string>> buffers_; // alive until commit
};

} // namespace pelita::content::detail
