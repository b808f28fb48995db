#include "sqlite_credentials.h"

#include "iso8601.h"

namespace pelita::server {

SqliteCredentialStore::SqliteCredentialStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

Expected<NewCredential, std::string> SqliteCredentialStore::create(const std::string& name, Role role) {
    if (name.empty()) return unexpected(std::string("a credential needs a name"));
    NewCredential made = makeCredential();
    std::lock_guard lock(mutex_);
    try {
        Statement insert(*db_, "INSERT INTO credentials (key, name, role, secret_sha256, created) VALUES (?,?,?,?,?)");
        insert.bind(1, made.key).bind(2, name).bind(3, roleName(role)).bind(4, secretHash(made.secret));
        insert.bind(5, nowUtcIso8601());
        insert.run();
        return made;
    } catch (const SqliteError& e) {
        return unexpected(std::string("cannot store credential: ") + e.what());
    }
}

Expected<std::vector<Credential>, std::string> SqliteCredentialStore::list() {
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

Expected<bool, std::string> SqliteCredentialStore::revoke(const std::string& key) {
    std::lock_guard lock(mutex_);
    try {
        // Finish the read before writing: a read left open would have to be
        // upgraded, which fails at once (SQLITE_BUSY) if another connection
        // wrote meanwhile, e.g. the dashboard's fold.
        {
            Statement exists(*db_, "SELECT 1 FROM credentials WHERE key = ?");
            exists.bind(1, key);
            if (!exists.step()) return false;
        }
        Statement update(*db_, "UPDATE credentials SET revoked = ? WHERE key = ? AND revoked IS NULL");
        update.bind(1, nowUtcIso8601()).bind(2, key);
        update.run();
        return true;
    } catch (const SqliteError& e) {
        return unexpected(std::string("cannot revoke credential: ") + e.what());
    }
}

std::optional<Credential> SqliteCredentialStore::authenticate(const std::string& key, const std::string& secret) {
    std::lock_guard lock(mutex_);
    try {
        Statement select(*db_, "SELECT name, role, created, secret_sha256 FROM credentials "
                               "WHERE key = ? AND revoked IS NULL");
        select.bind(1, key);
        if (!select.step() || !secretMatches(select.columnText(3), secret)) return std::nullopt;
        return Credential{key, select.columnText(0), parseRole(select.columnText(1)).value_or(Role::Kiosk),
                          select.columnText(2), std::nullopt};
    } catch (const SqliteError&) {
        return std::nullopt; // a storage fault must never let a request through
    }
}

} // namespace pelita::server
