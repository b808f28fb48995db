#include "admin_accounts.h"

#include <array>

#include <sodium.h>

#include "admin_accounts_pg.h"
#include "admin_accounts_sqlite.h"
#include "credentials.h" // secretHash
#include "iso8601.h"
#include "pg_pelita_store.h" // openPelitaPool
#include "server_database.h"
#include "storage.h"

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
    return std::make_unique<AdminAccounts>(std::make_unique<SqliteAdminAccountStore>(std::move(db).value()));
}

Expected<std::unique_ptr<AdminAccounts>, std::string> AdminAccounts::openAt(const std::string& location) {
    if (!isPostgresLocation(location)) return open(location);
    auto pool = openPelitaPool(location);
    if (!pool) return unexpected(pool.error());
    return std::make_unique<AdminAccounts>(std::make_unique<PgAdminAccountStore>(std::move(pool).value()));
}

AdminAccounts::AdminAccounts(std::unique_ptr<AdminAccountStore> store) : store_(std::move(store)) {}

Expected<AdminUser, std::string> AdminAccounts::addUser(const std::string& username, AdminRole role,
                                                        const std::string& password) {
    if (auto problem = usernameProblem(username)) return unexpected(*problem);
    if (auto problem = passwordProblem(password)) return unexpected(*problem);
    auto hash = hashPassword(password);
    if (!hash) return unexpected(hash.error());
    AdminUser user{username, role, nowUtcIso8601()};
    auto added = store_->addUser(user, *hash);
    if (!added) return unexpected(added.error());
    if (!*added) return unexpected("user " + username + " already exists");
    return user;
}

Expected<std::vector<AdminUser>, std::string> AdminAccounts::users() { return store_->users(); }

Expected<bool, std::string> AdminAccounts::removeUser(const std::string& username) {
    return store_->removeUser(username);
}

Expected<bool, std::string> AdminAccounts::setPassword(const std::string& username, const std::string& password) {
    if (auto problem = passwordProblem(password)) return unexpected(*problem);
    auto hash = hashPassword(password);
    if (!hash) return unexpected(hash.error());
    // Whoever knew the old password is logged out (the store ends the sessions).
    return store_->setPasswordHash(username, *hash);
}

std::optional<AdminUser> AdminAccounts::checkPassword(const std::string& username, const std::string& password) {
    // Made once: verifying against it makes an unknown name as slow as a known one.
    static const std::string kDecoy = [] {
        auto hash = hashPassword(randomHex());
        return hash ? *hash : std::string();
    }();
    auto stored = store_->userAndHash(username);
    const bool known = stored && *stored;
    const std::string& hash = known ? (*stored)->second : kDecoy;
    const bool matches = crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
    if (!known || !matches) return std::nullopt;
    return (*stored)->first;
}

Expected<NewSession, std::string> AdminAccounts::startSession(const AdminUser& user, std::int64_t nowMillis) {
    NewSession made{randomHex(), {user, randomHex(), utcIso8601(nowMillis + kSessionMillis)}};
    // Expired sessions are swept there, where a write happens anyway.
    auto stored = store_->addSession(secretHash(made.token), made.session, utcIso8601(nowMillis));
    if (!stored) return unexpected(stored.error());
    return made;
}

std::optional<AdminSession> AdminAccounts::session(const std::string& token, std::int64_t nowMillis) {
    if (token.empty()) return std::nullopt;
    auto found = store_->session(secretHash(token), utcIso8601(nowMillis));
    return found ? *found : std::nullopt;
}

void AdminAccounts::endSession(const std::string& token) { (void)store_->removeSession(secretHash(token)); }

} // namespace pelita::server::admin
