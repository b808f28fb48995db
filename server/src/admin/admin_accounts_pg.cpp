#include "admin_accounts_pg.h"

#include "pg_retry.h"

namespace pelita::server::admin {

namespace {

// An error value naming what failed, after the retries of pg_retry.h.
template <typename T, typename Work>
Expected<T, std::string> leased(PgPool& pool, const char* what, Work&& work) {
    try {
        return retryingLease(pool, [&](PgConnection& db) -> Expected<T, std::string> { return work(db); });
    } catch (const PgError& e) {
        return unexpected(std::string(what) + ": " + e.what());
    }
}

AdminUser userAt(const PgResult& rows, int r) {
    return {rows.text(r, 0), parseAdminRole(rows.text(r, 1)).value_or(AdminRole::Reader), rows.text(r, 2)};
}

} // namespace

PgAdminAccountStore::PgAdminAccountStore(std::shared_ptr<PgPool> pool) : pool_(std::move(pool)) {}

Expected<bool, std::string> PgAdminAccountStore::addUser(const AdminUser& user, const std::string& passwordHash) {
    return leased<bool>(*pool_, "cannot add user", [&](PgConnection& db) {
        return db.query("INSERT INTO admin_users (username, role, password_hash, created) VALUES ($1, $2, $3, $4) "
                        "ON CONFLICT (username) DO NOTHING RETURNING username",
                        {user.username, adminRoleName(user.role), passwordHash, user.created})
                   .rows() > 0;
    });
}

Expected<std::vector<AdminUser>, std::string> PgAdminAccountStore::users() {
    return leased<std::vector<AdminUser>>(*pool_, "cannot list users", [&](PgConnection& db) {
        auto rows = db.query("SELECT username, role, created FROM admin_users ORDER BY username COLLATE \"C\"");
        std::vector<AdminUser> all;
        for (int r = 0; r < rows.rows(); ++r) all.push_back(userAt(rows, r));
        return all;
    });
}

Expected<std::optional<std::pair<AdminUser, std::string>>, std::string> PgAdminAccountStore::userAndHash(
    const std::string& username) {
    return leased<std::optional<std::pair<AdminUser, std::string>>>(*pool_, "cannot read user", [&](PgConnection& db) {
        auto rows = db.query("SELECT username, role, created, password_hash FROM admin_users WHERE username = $1",
                             {username});
        std::optional<std::pair<AdminUser, std::string>> found;
        if (rows.rows()) found.emplace(userAt(rows, 0), rows.text(0, 3));
        return found;
    });
}

Expected<bool, std::string> PgAdminAccountStore::removeUser(const std::string& username) {
    return leased<bool>(*pool_, "cannot remove user", [&](PgConnection& db) {
        PgTransaction tx(db);
        db.query("DELETE FROM admin_sessions WHERE username = $1", {username});
        const bool removed = db.query("DELETE FROM admin_users WHERE username = $1 RETURNING username", {username}).rows() > 0;
        tx.commit();
        return removed;
    });
}

Expected<bool, std::string> PgAdminAccountStore::setPasswordHash(const std::string& username, const std::string& hash) {
    return leased<bool>(*pool_, "cannot change password", [&](PgConnection& db) {
        PgTransaction tx(db);
        const bool changed =
            db.query("UPDATE admin_users SET password_hash = $1 WHERE username = $2 RETURNING username", {hash, username})
                .rows() > 0;
        db.query("DELETE FROM admin_sessions WHERE username = $1", {username});
        tx.commit();
        return changed;
    });
}

Expected<Stored, std::string> PgAdminAccountStore::addSession(const std::string& tokenSha256, const AdminSession& session,
                                                              const std::string& now) {
    return leased<Stored>(*pool_, "cannot start session", [&](PgConnection& db) {
        // COLLATE "C": ISO 8601 times compare by bytes, whatever the locale.
        db.query("DELETE FROM admin_sessions WHERE expires COLLATE \"C\" <= $1", {now});
        db.query("INSERT INTO admin_sessions (token_sha256, username, csrf_token, expires) VALUES ($1, $2, $3, $4)",
                 {tokenSha256, session.user.username, session.csrfToken, session.expires});
        return Stored{};
    });
}

Expected<std::optional<AdminSession>, std::string> PgAdminAccountStore::session(const std::string& tokenSha256,
                                                                                const std::string& now) {
    return leased<std::optional<AdminSession>>(*pool_, "cannot read session", [&](PgConnection& db) {
        auto rows = db.query("SELECT u.username, u.role, u.created, s.csrf_token, s.expires FROM admin_sessions s "
                             "JOIN admin_users u ON u.username = s.username "
                             "WHERE s.token_sha256 = $1 AND s.expires COLLATE \"C\" > $2",
                             {tokenSha256, now});
        std::optional<AdminSession> live;
        if (rows.rows()) live = AdminSession{userAt(rows, 0), rows.text(0, 3), rows.text(0, 4)};
        return live;
    });
}

Expected<Stored, std::string> PgAdminAccountStore::removeSession(const std::string& tokenSha256) {
    return leased<Stored>(*pool_, "cannot end session", [&](PgConnection& db) {
        db.query("DELETE FROM admin_sessions WHERE token_sha256 = $1", {tokenSha256});
        return Stored{};
    });
}

} // namespace pelita::server::admin
