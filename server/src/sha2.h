#pragma once
// SHA-2 digests in hex through OpenSSL, for attachment hashes. Thread-safe.
#include <optional>
#include <string>

namespace pelita::server {

// The digest of `bytes` with the SHA-2 variant whose hex form has
// `hexLength` digits (56: SHA-224, 64: SHA-256, 96: SHA-384, 128: SHA-512),
// in lower case; nothing for any other length.
std::optional<std::string> sha2Hex(const std::string& bytes, std::size_t hexLength);

} // namespace pelita::server
