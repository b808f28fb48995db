#pragma once
// AdminAccounts: who may use the /admin/ dashboard, and their login sessions,
// in DIR/server.db (tables admin_users, admin_sessions; schema version 4).
// Passwords are kept only as Argon2id hashes (libsodium crypto_pwhash_str);
// a session is known by the SHA-256 of its cookie token, so a copy of
// server.db does not let anyone in. SQLite only (docs/admin-guide.md).
// Thread notes: any thread. Password hashing runs outside the lock: it takes
// tenths of a second by design and must not hold up other requests.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <pelita/content/expected.h>

#include "sqlite_db.h"

namespace pelita::server::admin {

// admin: sees and changes everything; reader: sees everything, changes nothing.
enum class AdminRole { Admin, Reader };
std::optional<AdminRole> parseAdminRole(const std::string& text);
std::string adminRoleName(AdminRole role);

struct AdminUser {
    std::string username;
    AdminRole role = AdminRole::Reader;
    std::string created;
};

struct AdminSession {
    AdminUser user;
    std::string csrfToken; // every form of this session carries it
    std::string expires;
};

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
    explicit AdminAccounts(std::unique_ptr<Db> db);

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
    std::mutex mutex_;
    std::unique_ptr<Db> db_;
};

} // namespace pelita::server::admin
