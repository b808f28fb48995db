#include "package/zip_archive.h"

namespace pelita::content::detail {

namespace {

std::string zipErrorText(int code) {
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    std::string text = zip_error_strerror(&e);
    zip_error_fini(&e);
    return text;
}

// Unix mode bits in the upper half of the external attributes; S_IFMT values are
// the same on every platform's zip tools, so spell them out rather than include POSIX.
constexpr zip_uint32_t kTypeMask = 0170000, kRegular = 0100000;

} // namespace

std::optional<ZipReader> ZipReader::open(const std::filesystem::path& file, std::string& error) {
    int code = 0;
    zip_t* z = zip_open(file.string().c_str(), ZIP_RDONLY, &code);
    if (!z) {
        error = code == ZIP_ER_NOENT ? "does not exist"
                : code == ZIP_ER_OPEN
                    ? "cannot be opened: " + zipErrorText(code)
                    : "is not a complete zip file (truncated or damaged): " + zipErrorText(code);
        return std::nullopt;
    }
    ZipReader reader;
    reader.zip_.reset(z);
    return reader;
}

std::vector<ZipEntry> ZipReader::entries() const {
    std::vector<ZipEntry> out;
    const zip_int64_t count = zip_get_num_entries(zip_.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip_.get(), index, ZIP_FL_ENC_RAW, &st) != 0) continue;
        ZipEntry e;
        e.index = index;
        e.name = st.name ? st.name : "";
        e.size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
        e.packedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
        e.stored = !(st.valid & ZIP_STAT_COMP_METHOD) || st.comp_method == ZIP_CM_STORE;
        e.folder = !e.name.empty() && e.name.back() == '/';
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(zip_.get(), index, 0, &opsys, &attributes) == 0 &&
            opsys == ZIP_OPSYS_UNIX) {
            const zip_uint32_t type = (attributes >> 16) & kTypeMask;
            // Type 0 is what tools write when they record no type; folders have their own.
            e.regularFile = type == 0 || type == kRegular || (e.folder && type == 0040000);
        }
        out.push_back(std::move(e));
    }
    return out;
}

// libzip checks the CRC-32 of every entry read whole, stored ones included
// (ZIP_FL_COMPRESSED does not stop it), and only a partial read skips it. That
// pass was an eighth of an import's CPU time and only repeats, weaker, what the
// SHA-256 against the signed manifest proves, so a stored entry is read as two
// windows, each a part of it. Deflated entries keep the check, as inflating needs it.
ZipReader::EntryReader::EntryReader(zip_t* zip, const ZipEntry& entry) : zip_(zip), index_(entry.index) {
    if (entry.stored && entry.packedSize == entry.size && entry.size >= 2)
        windows_ = {{0, entry.size / 2}, {entry.size / 2, entry.size - entry.size / 2}};
}

ZipReader::EntryReader::~EntryReader() { closeCurrent(); }

void ZipReader::EntryReader::closeCurrent() {
    if (file_) zip_fclose(file_);
    if (window_) zip_source_free(window_); // closes it first
    file_ = nullptr;
    window_ = nullptr;
}

bool ZipReader::EntryReader::openNext(std::string& error) {
    closeCurrent();
    if (windows_.empty()) {
        file_ = zip_fopen_index(zip_, index_, 0);
        if (!file_) error = std::string("cannot be read: ") + zip_strerror(zip_);
        ++next_;
        return file_ != nullptr;
    }
    const Window& w = windows_[next_++];
    window_ = zip_source_zip(zip_, zip_, index_, 0, w.start, static_cast<zip_int64_t>(w.length));
    if (window_ && zip_source_open(window_) == 0) return true;
    error = std::string("cannot be read: ") +
            (window_ ? zip_error_strerror(zip_source_error(window_)) : zip_strerror(zip_));
    return false;
}

std::int64_t ZipReader::EntryReader::read(char* buffer, std::uint64_t size, std::string& error) {
    const std::size_t parts = windows_.empty() ? 1 : windows_.size();
    for (;;) {
        if (!file_ && !window_) {
            if (next_ == parts) return 0;
            if (!openNext(error)) return -1;
        }
        const zip_int64_t n = file_ ? zip_fread(file_, buffer, size) : zip_source_read(window_, buffer, size);
        if (n < 0) {
            error = std::string("cannot be read (damaged or truncated): ") +
                    (file_ ? zip_file_strerror(file_) : zip_error_strerror(zip_source_error(window_)));
            return -1;
        }
        if (n > 0) return n;
        closeCurrent(); // this part is done; on to the next
    }
}

std::optional<std::string> ZipReader::readAll(const ZipEntry& entry, std::uint64_t limit,
                                              std::string& error) const {
    std::string out;
    const bool ok = stream(entry, limit, error, [&](const char* data, std::size_t n) {
        out.append(data, n);
        return true;
    });
    if (!ok) return std::nullopt;
    return out;
}

} // namespace pelita::content::detail
