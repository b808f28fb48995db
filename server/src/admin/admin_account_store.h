#pragma once
// Where AdminAccounts (admin_accounts.h) keeps its users and login sessions:
// tables admin_users and admin_sessions, in SQLite's server.db
// (SqliteAdminAccountStore) or in PostgreSQL (PgAdminAccountStore). Only rows
// cross this seam: hashing, tokens and expiry stay in AdminAccounts.
// Thread notes: implementations are safe to call from any thread.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <pelita/content/expected.h>

#include "statement_store.h" // Stored

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

class AdminAccountStore {
public:
    virtual ~AdminAccountStore() = default;

    // False (and nothing stored) when the username is taken.
    virtual Expected<bool, std::string> addUser(const AdminUser& user, const std::string& passwordHash) = 0;
    // Ordered by username.
    virtual Expected<std::vector<AdminUser>, std::string> users() = 0;
    // The user and their password hash; nothing when there is no such user.
    virtual Expected<std::optional<std::pair<AdminUser, std::string>>, std::string> userAndHash(
        const std::string& username) = 0;
    // Both end the user's sessions in the same transaction. False when there is no such user.
    virtual Expected<bool, std::string> removeUser(const std::string& username) = 0;
    virtual Expected<bool, std::string> setPasswordHash(const std::string& username, const std::string& hash) = 0;

    // Stores a session known by its token's SHA-256, first dropping every
    // session that expired by `now` (UTC ISO 8601).
    virtual Expected<Stored, std::string> addSession(const std::string& tokenSha256, const AdminSession& session,
                                                     const std::string& now) = 0;
    // The session with that token hash still live at `now`; nothing otherwise.
    virtual Expected<std::optional<AdminSession>, std::string> session(const std::string& tokenSha256,
                                                                       const std::string& now) = 0;
    virtual Expected<Stored, std::string> removeSession(const std::string& tokenSha256) = 0;
};

} // namespace pelita::server::admin
