#include "package/zip_writer.h"

namespace pelita::content::detail {

namespace {
// Regular file, rw-r--r--, in the Unix mode bits readers check for links and devices.
constexpr zip_uint32_t kRegularFileMode = 0100644u << 16;
} // namespace

bool ZipWriter::open(const std::filesystem::path& file, bool create, std::string& error) {
    int code = 0;
    zip_t* z = zip_open(file.string().c_str(), create ? ZIP_CREATE | ZIP_TRUNCATE : 0, &code);
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        error = std::string("cannot be opened for writing: ") + zip_error_strerror(&e);
        zip_error_fini(&e);
        return false;
    }
    zip_.reset(z);
    return true;
}

bool ZipWriter::finishEntry(zip_int64_t index, bool store, std::string& error) {
    if (index < 0) {
        error = zip_strerror(zip_.get());
        return false;
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(zip_.get(), i, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) != 0 ||
        zip_file_set_external_attributes(zip_.get(), i, 0, ZIP_OPSYS_UNIX, kRegularFileMode) != 0) {
        error = zip_strerror(zip_.get());
        return false;
    }
    return true;
}

bool ZipWriter::add(const std::string& name, zip_source_t* source, bool store, std::string& error) {
    if (!source) {
        error = zip_strerror(zip_.get());
        return false;
    }
    const zip_int64_t index =
        zip_file_add(zip_.get(), name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) zip_source_free(source); // libzip took it only on success
    return finishEntry(index, store, error);
}

bool ZipWriter::addBytes(const std::string& name, std::string bytes, std::string& error) {
    buffers_.push_back(std::make_unique<std::string>(std::move(bytes)));
    const std::string& kept = *buffers_.back();
    return add(name, zip_source_buffer(zip_.get(), kept.data(), kept.size(), 0), false, error);
}

bool ZipWriter::addFile(const std::string& name, const std::filesystem::path& file, bool store,
                        std::string& error) {
    return add(name, zip_source_file(zip_.get(), file.string().c_str(), 0, -1), store, error);
}

bool ZipWriter::commit(std::string& error) {
    if (zip_close(zip_.get()) != 0) {
        error = std::string("could not be written: ") + zip_strerror(zip_.get());
        return false;
    }
    (void)zip_.release(); // zip_close freed it
    return true;
}

} // namespace pelita::content::detail
