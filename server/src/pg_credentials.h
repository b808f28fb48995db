#pragma once
// PgCredentialStore: the credentials table in PostgreSQL.
// Thread notes: each call leases its own connection; any thread may call.
#include <memory>

#include "credentials.h"
#include "pg_pool.h"

namespace pelita::server {

class PgCredentialStore final : public CredentialStore {
public:
    // Requires sodium_init() and a migrated database (pg_schema.h).
    explicit PgCredentialStore(std::shared_ptr<PgPool> pool);

    Expected<NewCredential, std::string> create(const std::string& name, Role role) override;
    Expected<std::vector<Credential>, std::string> list() override;
    Expected<bool, std::string> revoke(const std::string& key) override;
    std::optional<Credential> authenticate(const std::string& key, const std::string& secret) override;

private:
    std::shared_ptr<PgPool> pool_;
};

} // namespace pelita::server
