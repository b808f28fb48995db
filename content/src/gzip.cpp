#include <pelita/content/gzip.h>

#include <zlib.h>

#include <stdexcept>

namespace pelita::content {

namespace {
// windowBits 15 + 16 makes zlib write and read a gzip header rather than a raw
// zlib stream, which is what "Content-Encoding: gzip" and .gz files promise.
constexpr int kGzipWindowBits = 15 + 16;

Bytef* bytesOf(const char* data) { return reinterpret_cast<Bytef*>(const_cast<char*>(data)); }
} // namespace

std::string gzipCompress(std::string_view data) {
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("cannot start gzip compression");
    std::string out;
    out.resize(deflateBound(&zs, static_cast<uLong>(data.size())) + 32);
    zs.next_in = bytesOf(data.data());
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) throw std::runtime_error("gzip compression failed");
    out.resize(zs.total_out);
    return out;
}

Expected<std::string, std::string> gunzip(std::string_view bytes, std::size_t limit) {
    z_stream zs{};
    if (inflateInit2(&zs, kGzipWindowBits) != Z_OK) return unexpected(std::string("cannot start decompressing"));
    zs.next_in = bytesOf(bytes.data());
    zs.avail_in = static_cast<uInt>(bytes.size());
    std::string out;
    char chunk[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK && out.size() <= limit) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(chunk, sizeof chunk - zs.avail_out);
    }
    const bool whole = rc == Z_STREAM_END && zs.avail_in == 0;
    inflateEnd(&zs);
    if (out.size() > limit)
        return unexpected("is larger than " + std::to_string(limit >> 20) + " MiB once unpacked");
    if (!whole) return unexpected(std::string("is not a complete gzip file (cut short or damaged)"));
    return out;
}

} // namespace pelita::content
