#include "admin_accounts_sqlite.h"

#include <sqlite3.h>

namespace pelita::server::admin {

namespace {

template <typename T, typename Work>
Expected<T, std::string> guarded(std::mutex& mutex, const char* what, Work&& work) {
    std::lock_guard lock(mutex);
    try {
        return work();
    } catch (const SqliteError& e) {
        return unexpected(std::string(what) + ": " + e.what());
    }
}

AdminUser userAt(const Statement& row, int first) {
    return {row.columnText(first), parseAdminRole(row.columnText(first + 1)).value_or(AdminRole::Reader),
            row.columnText(first + 2)};
}

} // namespace

SqliteAdminAccountStore::SqliteAdminAccountStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

Expected<bool, std::string> SqliteAdminAccountStore::addUser(const AdminUser& user, const std::string& passwordHash) {
    return guarded<bool>(mutex_, "cannot add user", [&] {
        Statement insert(*db_, "INSERT OR IGNORE INTO admin_users (username, role, password_hash, created) "
                               "VALUES (?,?,?,?)");
        insert.bind(1, user.username).bind(2, adminRoleName(user.role)).bind(3, passwordHash).bind(4, user.created);
        insert.run();
        return sqlite3_changes(db_->handle()) > 0;
    });
}

Expected<std::vector<AdminUser>, std::string> SqliteAdminAccountStore::users() {
    return guarded<std::vector<AdminUser>>(mutex_, "cannot list users", [&] {
        Statement select(*db_, "SELECT username, role, created FROM admin_users ORDER BY username");
        std::vector<AdminUser> all;
        while (select.step()) all.push_back(userAt(select, 0));
        return all;
    });
}

Expected<std::optional<std::pair<AdminUser, std::string>>, std::string> SqliteAdminAccountStore::userAndHash(
    const std::string& username) {
    return guarded<std::optional<std::pair<AdminUser, std::string>>>(mutex_, "cannot read user", [&] {
        Statement select(*db_, "SELECT username, role, created, password_hash FROM admin_users WHERE username = ?");
        select.bind(1, username);
        std::optional<std::pair<AdminUser, std::string>> found;
        if (select.step()) found.emplace(userAt(select, 0), select.columnText(3));
        return found;
    });
}

Expected<bool, std::string> SqliteAdminAccountStore::removeUser(const std::string& username) {
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

Expected<bool, std::string> SqliteAdminAccountStore::setPasswordHash(const std::string& username, const std::string& hash) {
    return guarded<bool>(mutex_, "cannot change password", [&] {
        Transaction tx(*db_);
        Statement update(*db_, "UPDATE admin_users SET password_hash = ? WHERE username = ?");
        update.bind(1, hash).bind(2, username).run();
        const bool changed = sqlite3_changes(db_->handle()) > 0;
        Statement sessions(*db_, "DELETE FROM admin_sessions WHERE username = ?");
        sessions.bind(1, username).run();
        tx.commit();
        return changed;
    });
}

Expected<Stored, std::string> SqliteAdminAccountStore::addSession(const std::string& tokenSha256,
                                                                  const AdminSession& session, const std::string& now) {
    return guarded<Stored>(mutex_, "cannot start session", [&] {
        Statement sweep(*db_, "DELETE FROM admin_sessions WHERE expires <= ?");
        sweep.bind(1, now).run();
        Statement insert(*db_, "INSERT INTO admin_sessions (token_sha256, username, csrf_token, expires) "
                               "VALUES (?,?,?,?)");
        insert.bind(1, tokenSha256).bind(2, session.user.username).bind(3, session.csrfToken);
        insert.bind(4, session.expires).run();
        return Stored{};
    });
}

Expected<std::optional<AdminSession>, std::string> SqliteAdminAccountStore::session(const std::string& tokenSha256,
                                                                                    const std::string& now) {
    return guarded<std::optional<AdminSession>>(mutex_, "cannot read session", [&] {
        Statement select(*db_, "SELECT u.username, u.role, u.created, s.csrf_token, s.expires FROM admin_sessions s "
                               "JOIN admin_users u ON u.username = s.username "
                               "WHERE s.token_sha256 = ? AND s.expires > ?");
        select.bind(1, tokenSha256).bind(2, now);
        std::optional<AdminSession> live;
        if (select.step()) live = AdminSession{userAt(select, 0), select.columnText(3), select.columnText(4)};
        return live;
    });
}

Expected<Stored, std::string> SqliteAdminAccountStore::removeSession(const std::string& tokenSha256) {
    return guarded<Stored>(mutex_, "cannot end session", [&] {
        Statement remove(*db_, "DELETE FROM admin_sessions WHERE token_sha256 = ?");
        remove.bind(1, tokenSha256).run();
        return Stored{};
    });
}

} // namespace pelita::server::admin
