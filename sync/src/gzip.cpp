#include "gzip.h"

#include <zlib.h>

#include <stdexcept>

namespace pelita::sync {

std::string gzipCompress(const std::string& data) {
    z_stream zs{};
    // windowBits 15 + 16 asks zlib for a gzip header rather than a raw zlib stream,
    // which is what "Content-Encoding: gzip" promises the server.
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("cannot start gzip compression");
    std::string out;
    out.resize(deflateBound(&zs, static_cast<uLong>(data.size())) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    int rc = deflate(&zs, Z_FINISH);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) throw std::runtime_error("gzip compression failed");
    out.resize(zs.total_out);
    return out;
}

} // namespace pelita::sync
