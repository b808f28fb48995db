#pragma once
// AdminAccounts: who may use the /admin/ dashboard, and their login sessions,
// kept by an AdminAccountStore (admin_account_store.h): SQLite's server.db or
// PostgreSQL. Passwords are kept only as Argon2id hashes (libsodium
// crypto_pwhash_str); a session is known by the SHA-256 of its cookie token,
// so a copy of the database does not let anyone in.
// Thread notes: any thread. Password hashing runs before the store is touched
// (never under its lock): it takes tenths of a second by design and must not
// hold up other requests.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pelita/content/expected.h>

#include "admin_account_store.h"

namespace pelita::server::admin {

struct NewSession {
    std::string token; // the cookie value; only ever returned here
    AdminSession session;
};

// Nothing when `username` is acceptable (1-64 of A-Z a-z 0-9 . _ -), else why not.
std::optional<std::string> usernameProblem(const std::string& username);
// Nothing when `password` is acceptable (10-1024 bytes), else why not.
std::optional<std::string> passwordProblem(const std::string& password);

class AdminAccounts {
public:
    // A session lasts a working day from login; then the user logs in again.
    static constexpr std::int64_t kSessionMillis = 8LL * 60 * 60 * 1000;

    // Opens DIR/server.db (creating or upgrading it). Requires sodium_init().
    static Expected<std::unique_ptr<AdminAccounts>, std::string> open(const std::filesystem::path& dataDir);
    // The same for a storage location (storage.h): a data directory, or a
    // PostgreSQL database (schema upgraded, a small pool of its own).
    static Expected<std::unique_ptr<AdminAccounts>, std::string> openAt(const std::string& location);
    explicit AdminAccounts(std::unique_ptr<AdminAccountStore> store);

    // Fails when the name or password is not acceptable or the name is taken.
    Expected<AdminUser, std::string> addUser(const std::string& username, AdminRole role, const std::string& password);
    Expected<std::vector<AdminUser>, std::string> users();
    // False when there is no such user. Both end the user's sessions.
    Expected<bool, std::string> removeUser(const std::string& username);
    Expected<bool, std::string> setPassword(const std::string& username, const std::string& password);

    // The user when the password is theirs; nothing otherwise (including on a
    // storage fault: that must never let anyone in). An unknown name costs the
    // same hashing time as a known one.
    std::optional<AdminUser> checkPassword(const std::string& username, const std::string& password);

    Expected<NewSession, std::string> startSession(const AdminUser& user, std::int64_t nowMillis);
    // The live session for a cookie token; nothing when unknown or expired.
    std::optional<AdminSession> session(const std::string& token, std::int64_t nowMillis);
    void endSession(const std::string& token);

private:
    std::unique_ptr<AdminAccountStore> store_;
};

} // namespace pelita::server::admin
