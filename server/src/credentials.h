#pragma once
// Credentials: the key/secret pairs kiosks and admins use for HTTP Basic auth.
// The secret is shown once at creation and stored only as its SHA-256 (enough
// for 32 random bytes: there is nothing to brute-force), compared in constant time.
// CredentialStore is the interface; SqliteCredentialStore and PgCredentialStore
// keep the rows. The secret handling below is shared so both hash alike.
// Thread notes: implementations are safe to call from any thread.
#include <optional>
#include <string>
#include <vector>

#include <pelita/content/expected.h>

namespace pelita::server {

// admin: everything; kiosk: writes statements and documents; reader: reads only.
enum class Role { Admin, Kiosk, Reader };
std::optional<Role> parseRole(const std::string& text);
std::string roleName(Role role);

struct Credential {
    std::string key;
    std::string name;
    Role role = Role::Kiosk;
    std::string created;
    std::optional<std::string> revoked; // when it was revoked, if it was
};

struct NewCredential {
    std::string key;
    std::string secret; // only ever returned here
};

class CredentialStore {
public:
    virtual ~CredentialStore() = default;

    virtual Expected<NewCredential, std::string> create(const std::string& name, Role role) = 0;
    virtual Expected<std::vector<Credential>, std::string> list() = 0;
    // False when no such key exists. Revoking twice keeps the first time.
    virtual Expected<bool, std::string> revoke(const std::string& key) = 0;

    // The live (not revoked) credential for key+secret, or nothing. A storage
    // fault answers nothing: it must never let a request through.
    virtual std::optional<Credential> authenticate(const std::string& key, const std::string& secret) = 0;
};

// For implementations. Requires sodium_init().
// A fresh key and secret, both hex (free of ':' for HTTP Basic's key:secret form).
NewCredential makeCredential();
// What is stored for a secret: its SHA-256 in lower-case hex.
std::string secretHash(const std::string& secret);
// Constant-time comparison of `secret` with a stored secretHash().
bool secretMatches(const std::string& storedHash, const std::string& secret);

} // namespace pelita::server
