#include "credentials.h"

#include <array>

#include <sodium.h>

namespace pelita::server {

namespace {

std::string toHex(const unsigned char* bytes, size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

std::string randomHex(size_t bytes) {
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    return toHex(reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
}

} // namespace

std::optional<Role> parseRole(const std::string& text) {
    if (text == "admin") return Role::Admin;
    if (text == "kiosk") return Role::Kiosk;
    if (text == "reader") return Role::Reader;
    return std::nullopt;
}

std::string roleName(Role role) {
    switch (role) {
    case Role::Admin: return "admin";
    case Role::Kiosk: return "kiosk";
    case Role::Reader: return "reader";
    }
    return "reader";
}

NewCredential makeCredential() { return NewCredential{randomHex(16), randomHex(32)}; }

std::string secretHash(const std::string& secret) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
    return toHex(digest.data(), digest.size());
}

bool secretMatches(const std::string& storedHash, const std::string& secret) {
    const std::string given = secretHash(secret);
    return storedHash.size() == given.size() && sodium_memcmp(storedHash.data(), given.data(), given.size()) == 0;
}

} // namespace pelita::server
