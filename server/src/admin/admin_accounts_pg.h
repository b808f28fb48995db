#pragma once
// PgAdminAccountStore: admin users and sessions in PostgreSQL (schema version
// 3 of pg_schema.cpp), on the pool Pelita's records use (pg_pelita_store.h).
// Thread notes: any thread; each call leases its own connection.
#include <memory>

#include "admin_account_store.h"
#include "pg_pool.h"

namespace pelita::server::admin {

class PgAdminAccountStore final : public AdminAccountStore {
public:
    explicit PgAdminAccountStore(std::shared_ptr<PgPool> pool);

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
    std::shared_ptr<PgPool> pool_;
};

} // namespace pelita::server::admin
