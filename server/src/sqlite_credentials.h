#pragma once
// SqliteCredentialStore: the credentials table of DIR/server.db.
// Thread notes: one connection guarded by a mutex; any thread may call.
#include <memory>
#include <mutex>

#include "credentials.h"
#include "sqlite_db.h"

namespace pelita::server {

class SqliteCredentialStore final : public CredentialStore {
public:
    // Takes a connection from openServerDatabase(). Requires sodium_init().
    explicit SqliteCredentialStore(std::unique_ptr<Db> db);

    Expected<NewCredential, std::string> create(const std::string& name, Role role) override;
    Expected<std::vector<Credential>, std::string> list() override;
    Expected<bool, std::string> revoke(const std::string& key) override;
    std::optional<Credential> authenticate(const std::string& key, const std::string& secret) override;

private:
    std::mutex mutex_;
    std::unique_ptr<Db> db_;
};

} // namespace pelita::server
