#include "sha2.h"

#include <openssl/evp.h>

namespace pelita::server {

std::optional<std::string> sha2Hex(const std::string& bytes, std::size_t hexLength) {
    const EVP_MD* md = hexLength == 56    ? EVP_sha224()
                       : hexLength == 64  ? EVP_sha256()
                       : hexLength == 96  ? EVP_sha384()
                       : hexLength == 128 ? EVP_sha512()
                                          : nullptr;
    if (!md) return std::nullopt;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, md, nullptr) != 1) return std::nullopt;
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 0x0f];
    }
    return out;
}

} // namespace pelita::server
