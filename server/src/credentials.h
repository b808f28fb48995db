#pragma once
// Credentials: the key/secret pairs kiosks and admins use for HTTP Basic auth.
// The secret is shown once at creation and stored only as its SHA-256 (enough
// for 32 random bytes: there is nothing to brute-force), compared in constant time.
// Thread notes: one connection guarded by a mutex; any thread may call.
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <pelita/content/expected.h>

#include "sqlite_db.h"

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
    // Takes a connection from openServerDatabase(). Requires sodium_init().
    explicit CredentialStore(std::unique_ptr<Db> db);

    Expected<NewCredential, std::string> create(const std::string& name, Role role);
    Expected<std::vector<Credential>, std::string> list();
    // False when no such key exists. Revoking twice keeps the first time.
    Expected<bool, std::string> revoke(const std::string& key);

    // The live (not revoked) credential for key+secret, or nothing.
    std::optional<Credential> authenticate(const std::string& key, const std::string& secret);

private:
    std::mutex mutex_;
    std::unique_ptr<Db> db_;
};

} // namespace pelita::server
