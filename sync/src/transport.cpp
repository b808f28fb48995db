#include <pelita/sync/transport.h>

#include <sodium.h>

namespace pelita::sync {

std::pair<std::string, std::string> basicAuthHeader(const std::string& key, const std::string& secret) {
    std::string raw = key + ":" + secret;
    std::string b64(sodium_base64_encoded_len(raw.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(b64.data(), b64.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    b64.resize(b64.size() - 1); // drop the terminating NUL libsodium writes
    return {"Authorization", "Basic " + b64};
}

} // namespace pelita::sync
