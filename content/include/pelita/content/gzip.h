#pragma once
// gzip (RFC 1952) with zlib, for what crosses between kiosk and server
// compressed: request bodies ("Content-Encoding: gzip") and the records bundles
// carried on USB. Any thread.
#include <pelita/content/expected.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace pelita::content {

// At zlib's best compression: the bytes go over 2G links. Throws
// std::runtime_error only if zlib itself fails (out of memory).
std::string gzipCompress(std::string_view data);

// Unpacks one whole gzip stream, refusing more than `limit` bytes of output so
// that a small hostile file cannot fill memory. The error completes a sentence
// about the file: "is not a complete gzip file (cut short or damaged)".
Expected<std::string, std::string> gunzip(std::string_view bytes, std::size_t limit);

} // namespace pelita::content
