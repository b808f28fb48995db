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

ZipReader::EntryHandle ZipReader::openEntry(const ZipEntry& entry, std::string& error) const {
    // A stored entry is read raw: libzip's CRC-32 pass over it would only repeat,
    // weaker and at a sixth of the import's time, what the SHA-256 against the
    // signed manifest proves. Deflated entries keep it, as inflating needs the checks.
    const zip_flags_t flags = entry.stored ? ZIP_FL_COMPRESSED : 0;
    EntryHandle f(zip_fopen_index(zip_.get(), entry.index, flags));
    if (!f) error = std::string("cannot be read: ") + zip_strerror(zip_.get());
    return f;
}

std::int64_t ZipReader::read(zip_file_t* f, char* buffer, std::uint64_t size, std::string& error) const {
    const zip_int64_t n = zip_fread(f, buffer, size);
    if (n < 0) error = std::string("cannot be read (damaged or truncated): ") + zip_file_strerror(f);
    return n;
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
