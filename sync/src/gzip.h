#pragma once
// Internal: gzip (RFC 1952) compression of request bodies with zlib.
#include <string>

namespace pelita::sync {

// Throws std::runtime_error only if zlib itself fails (out of memory).
std::string gzipCompress(const std::string& data);

} // namespace pelita::sync
