#pragma once
// SqliteAdminAccountStore: admin users and sessions in DIR/server.db (schema
// version 4 of server_database.cpp).
// Thread notes: one connection guarded by a mutex; any thread may call.
#include <memory>
#include <mutex>

#include "admin_account_store.h"
#include "sqlite_db.h"

namespace pelita::server::admin {

class SqliteAdminAccountStore final : public AdminAccountStore {
public:
    // Takes a connection from openServerDatabase().
    explicit SqliteAdminAccountStore(std::unique_ptr<Db> db);

    Expected<bool, std::string> addUser(const AdminUser& user, const std::string& passwordHash) override;
    Expected<std::vector<AdminUser>, std::string> users() override;
    Expected<std::optional<std::pair<AdminUser, std::string>>, std::string> userAndHash(
        const std::string& username) override;
    Expected<bool, std::string> removeUser(const std::string& username) override;
    Expected<bool, std::string> setPasswordHash(const std::string& username, const std::string& hash) override;
    Expected<Stored, std::string> addSession(const std::string& tokenSha256, const AdminSession& session,
                                             const std::string& now) override;
    Expected<std::optional<AdminSession>, std::string> session(const std::string& tokenSha256,
                                                               const std::string& now) override;
    Expected<Stored, std::string> removeSession(const std::string& tokenSha256) override;

private:
    std::mutex mutex_;
    std::unique_ptr<Db> db_;
};

} // namespace pelita::server::admin
