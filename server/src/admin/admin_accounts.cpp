#include "admin_accounts.h"

#include <array>

#include <sodium.h>
#include <sqlite3.h>

#include "credentials.h" // secretHash
#include "iso8601.h"
#include "server_database.h"

namespace pelita::server::admin {

namespace {

// libsodium's "interactive" limits: about 64 MiB and a few tenths of a second
// per login on a district server, which is what a login can afford.
constexpr auto kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr auto kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

Expected<std::string, std::string> hashPassword(const std::string& password) {
    std::array<char, crypto_pwhash_STRBYTES> hash{};
    if (crypto_pwhash_str(hash.data(), password.data(), password.size(), kOpsLimit, kMemLimit) != 0)
        return unexpected(std::string("cannot hash the password: out of memory"));
    return std::string(hash.data());
}

std::string randomHex() {
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, 65> hex{};
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    return hex.data();
}

template <typename T, typename Work>
Expected<T, std::string> guarded(std::mutex& mutex, const char* what, Work&& work) {
    std::lock_guard lock(mutex);
    try {
        return work();
    } catch (const SqliteError& e) {
        return unexpected(std::string(what) + ": " + e.what());
    }
}

} // namespace

std::optional<AdminRole> parseAdminRole(const std::string& text) {
    if (text == "admin") return AdminRole::Admin;
    if (text == "reader") return AdminRole::Reader;
    return std::nullopt;
}

std::string adminRoleName(AdminRole role) { return role == AdminRole::Admin ? "admin" : "reader"; }

std::optional<std::string> usernameProblem(const std::string& username) {
    if (username.empty() || username.size() > 64 ||
        username.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") !=
            std::string::npos)
        return "a username is 1-64 of A-Z, a-z, 0-9, '.', '_', '-'";
    return std::nullopt;
}

std::optional<std::string> passwordProblem(const std::string& password) {
    if (password.size() < 10) return "a password needs at least 10 characters";
    if (password.size() > 1024) return "a password has at most 1024 characters";
    return std::nullopt;
}

Expected<std::unique_ptr<AdminAccounts>, std::string> AdminAccounts::open(const std::filesystem::path& dataDir) {
    auto db = openServerDatabase(dataDir);
    if (!db) return unexpected(db.error());
    return std::make_unique<AdminAccounts>(std::move(db).value());
}

AdminAccounts::AdminAccounts(std::unique_ptr<Db> db) : db_(std::move(db)) {}

Expected<AdminUser, std::string> AdminAccounts::addUser(const std::string& username, AdminRole role,
                                                        const std::string& password) {
    if (auto problem = usernameProblem(username)) return unexpected(*problem);
    if (auto problem = passwordProblem(password)) return unexpected(*problem);
    auto hash = hashPassword(password);
    if (!hash) return unexpected(hash.error());
    return guarded<AdminUser>(mutex_, "cannot add user", [&]() -> Expected<AdminUser, std::string> {
        Statement exists(*db_, "SELECT 1 FROM admin_users WHERE username = ?");
        exists.bind(1, username);
        if (exists.step()) return unexpected("user " + username + " already exists");
        AdminUser user{username, role, nowUtcIso8601()};
        Statement insert(*db_, "INSERT INTO admin_users (username, role, password_hash, created) VALUES (?,?,?,?)");
        insert.bind(1, username).bind(2, adminRoleName(role)).bind(3, *hash).bind(4, user.created).run();
        return user;
    });
}

Expected<std::vector<AdminUser>, std::string> AdminAccounts::users() {
    return guarded<std::vector<AdminUser>>(mutex_, "cannot list users", [&] {
        Statement select(*db_, "SELECT username, role, created FROM admin_users ORDER BY username");
        std::vector<AdminUser> all;
        while (select.step())
            all.push_back({select.columnText(0), parseAdminRole(select.columnText(1)).value_or(AdminRole::Reader),
                           select.columnText(2)});
        return all;
    });
}

Expected<bool, std::string> AdminAccounts::removeUser(const std::string& username) {
    return guarded<bool>(mutex_, "cannot remove user", [&] {
        Transaction tx(*db_);
        Statement sessions(*db_, "DELETE FROM admin_sessions WHERE username = ?");
        sessions.bind(1, username).run();
        Statement remove(*db_, "DELETE FROM admin_users WHERE username = ?");
        remove.bind(1, username).run();
        const bool removed = sqlite3_changes(db_->handle()) > 0;
        tx.commit();
        return removed;
    });
}

Expected<bool, std::string> AdminAccounts::setPassword(const std::string& username, const std::string& password) {
    if (auto problem = passwordProblem(password)) return unexpected(*problem);
    auto hash = hashPassword(password);
    if (!hash) return unexpected(hash.error());
    return guarded<bool>(mutex_, "cannot change password", [&] {
        Transaction tx(*db_);
        Statement update(*db_, "UPDATE admin_users SET password_hash = ? WHERE username = ?");
        update.bind(1, *hash).bind(2, username).run();
        const bool changed = sqlite3_changes(db_->handle()) > 0;
        // Whoever knew the old password is logged out.
        Statement sessions(*db_, "DELETE FROM admin_sessions WHERE username = ?");
        sessions.bind(1, username).run();
        tx.commit();
        return changed;
    });
}

std::optional<AdminUser> AdminAccounts::checkPassword(const std::string& username, const std::string& password) {
    // Made once: verifying against it makes an unknown name as slow as a known one.
    static const std::string kDecoy = [] {
        auto hash = hashPassword(randomHex());
        return hash ? *hash : std::string();
    }();
    auto stored = guarded<std::optional<std::pair<AdminUser, std::string>>>(mutex_, "cannot read user", [&] {
        Statement select(*db_, "SELECT role, created, password_hash FROM admin_users WHERE username = ?");
        select.bind(1, username);
        std::optional<std::pair<AdminUser, std::string>> found;
        if (select.step())
            found.emplace(AdminUser{username, parseAdminRole(select.columnText(0)).value_or(AdminRole::Reader),
                                    select.columnText(1)},
                          select.columnText(2));
        return found;
    });
    const bool known = stored && *stored;
    const std::string& hash = known ? (*stored)->second : kDecoy;
    const bool matches = crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
    if (!known || !matches) return std::nullopt;
    return (*stored)->first;
}

Expected<NewSession, std::string> AdminAccounts::startSession(const AdminUser& user, std::int64_t nowMillis) {
    NewSession made{randomHex(), {user, randomHex(), utcIso8601(nowMillis + kSessionMillis)}};
    return guarded<NewSession>(mutex_, "cannot start session", [&] {
        // Expired sessions are swept here, where a write happens anyway.
        Statement sweep(*db_, "DELETE FROM admin_sessions WHERE expires <= ?");
        sweep.bind(1, utcIso8601(nowMillis)).run();
        Statement insert(*db_, "INSERT INTO admin_sessions (token_sha256, username, csrf_token, expires) "
                               "VALUES (?,?,?,?)");
        insert.bind(1, secretHash(made.token)).bind(2, user.username).bind(3, made.session.csrfToken);
        insert.bind(4, made.session.expires).run();
        return made;
    });
}

std::optional<AdminSession> AdminAccounts::session(const std::string& token, std::int64_t nowMillis) {
    if (token.empty()) return std::nullopt;
    auto found = guarded<std::optional<AdminSession>>(mutex_, "cannot read session", [&] {
        Statement select(*db_, "SELECT u.username, u.role, u.created, s.csrf_token, s.expires FROM admin_sessions s "
                               "JOIN admin_users u ON u.username = s.username "
                               "WHERE s.token_sha256 = ? AND s.expires > ?");
        select.bind(1, secretHash(token)).bind(2, utcIso8601(nowMillis));
        std::optional<AdminSession> live;
        if (select.step())
            live = AdminSession{{select.columnText(0), parseAdminRole(select.columnText(1)).value_or(AdminRole::Reader),
                                 select.columnText(2)},
                                select.columnText(3),
                                select.columnText(4)};
        return live;
    });
    return found ? *found : std::nullopt;
}

void AdminAccounts::endSession(const std::string& token) {
    (void)guarded<bool>(mutex_, "cannot end session", [&] {
        Statement remove(*db_, "DELETE FROM admin_sessions WHERE token_sha256 = ?");
        remove.bind(1, secretHash(token)).run();
        return true;
    });
}

} // namespace pelita::server::admin
