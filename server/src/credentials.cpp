#include "credentials.h"

#include <array>

#include <sodium.h>

#include "iso8601.h"

namespace pelita::server {

namespace {

std::string randomHex(size_t bytes) {
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
    hex.pop_back();
    return hex;
}

std::array<unsigned char, crypto_hash_sha256_BYTES> sha256(const std::string& text) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
    return digest;
}

std::string toHex(const std::array<unsigned char, crypto_hash_sha256_BYTES>& digest) {
    std::string hex(digest.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    hex.pop_back();
    return hex;
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

CredentialStore::CredentialStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

Expected<NewCredential, std::string> CredentialStore::create(const std::string& name, Role role) {
    if (name.empty()) return unexpected(std::string("a credential needs a name"));
    // Hex keeps both parts free of ':' so they survive HTTP Basic's key:secret form.
    NewCredential made{randomHex(16), randomHex(32)};
    std::lock_guard lock(mutex_);
    try {
        Statement insert(*db_, "INSERT INTO credentials (key, name, role, secret_sha256, created) VALUES (?,?,?,?,?)");
        insert.bind(1, made.key).bind(2, name).bind(3, roleName(role)).bind(4, toHex(sha256(made.secret)));
        insert.bind(5, nowUtcIso8601());
        insert.run();
        return made;
    } catch (const SqliteError& e) {
        return unexpected(std::string("cannot store credential: ") + e.what());
    }
}

Expected<std::vector<Credential>, std::string> CredentialStore::list() {
    std::lock_guard lock(mutex_);
    try {
        Statement select(*db_, "SELECT key, name, role, created, revoked FROM credentials ORDER BY created, key");
        std::vector<Credential> all;
        while (select.step()) {
            Credential c{select.columnText(0), select.columnText(1), parseRole(select.columnText(2)).value_or(Role::Kiosk),
                         select.columnText(3), std::nullopt};
            if (!select.columnIsNull(4)) c.revoked = select.columnText(4);
            all.push_back(std::move(c));
        }
        return all;
    } catch (const SqliteError& e) {
        return unexpected(std::string("cannot list credentials: ") + e.what());
    }
}

Expected<bool, std::string> CredentialStore::revoke(const std::string& key) {
    std::lock_guard lock(mutex_);
    try {
        Statement exists(*db_, "SELECT 1 FROM credentials WHERE key = ?");
        exists.bind(1, key);
        if (!exists.step()) return false;
        Statement update(*db_, "UPDATE credentials SET revoked = ? WHERE key = ? AND revoked IS NULL");
        update.bind(1, nowUtcIso8601()).bind(2, key);
        update.run();
        return true;
    } catch (const SqliteError& e) {
        return unexpected(std::string("cannot revoke credential: ") + e.what());
    }
}

std::optional<Credential> CredentialStore::authenticate(const std::string& key, const std::string& secret) {
    std::lock_guard lock(mutex_);
    try {
        Statement select(*db_, "SELECT name, role, created, secret_sha256 FROM credentials "
                               "WHERE key = ? AND revoked IS NULL");
        select.bind(1, key);
        if (!select.step()) return std::nullopt;
        const std::string expected = select.columnText(3);
        const std::string given = toHex(sha256(secret));
        if (expected.size() != given.size() || sodium_memcmp(expected.data(), given.data(), given.size()) != 0)
            return std::nullopt;
        return Credential{key, select.columnText(0), parseRole(select.columnText(1)).value_or(Role::Kiosk),
                          select.columnText(2), std::nullopt};
    } catch (const SqliteError&) {
        return std::nullopt; // a storage fault must never let a request through
    }
}

} // namespace pelita::server
