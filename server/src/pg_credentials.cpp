#include "pg_credentials.h"

#include "iso8601.h"

namespace pelita::server {

PgCredentialStore::PgCredentialStore(std::shared_ptr<PgPool> pool) : pool_(std::move(pool)) {}

Expected<NewCredential, std::string> PgCredentialStore::create(const std::string& name, Role role) {
    if (name.empty()) return unexpected(std::string("a credential needs a name"));
    NewCredential made = makeCredential();
    try {
        auto db = pool_->lease();
        db->query("INSERT INTO credentials (key, name, role, secret_sha256, created) VALUES ($1, $2, $3, $4, $5)",
                  {made.key, name, roleName(role), secretHash(made.secret), nowUtcIso8601()});
        return made;
    } catch (const PgError& e) {
        return unexpected(std::string("cannot store credential: ") + e.what());
    }
}

Expected<std::vector<Credential>, std::string> PgCredentialStore::list() {
    try {
        auto db = pool_->lease();
        auto rows = db->query("SELECT key, name, role, created, revoked FROM credentials ORDER BY created, key");
        std::vector<Credential> all;
        for (int r = 0; r < rows.rows(); ++r) {
            Credential c{rows.text(r, 0), rows.text(r, 1), parseRole(rows.text(r, 2)).value_or(Role::Kiosk),
                         rows.text(r, 3), std::nullopt};
            if (!rows.isNull(r, 4)) c.revoked = rows.text(r, 4);
            all.push_back(std::move(c));
        }
        return all;
    } catch (const PgError& e) {
        return unexpected(std::string("cannot list credentials: ") + e.what());
    }
}

Expected<bool, std::string> PgCredentialStore::revoke(const std::string& key) {
    try {
        auto db = pool_->lease();
        // One statement: COALESCE keeps the first revocation time.
        auto rows = db->query("UPDATE credentials SET revoked = COALESCE(revoked, $1) WHERE key = $2 RETURNING key",
                              {nowUtcIso8601(), key});
        return rows.rows() > 0;
    } catch (const PgError& e) {
        return unexpected(std::string("cannot revoke credential: ") + e.what());
    }
}

std::optional<Credential> PgCredentialStore::authenticate(const std::string& key, const std::string& secret) {
    try {
        auto db = pool_->lease();
        auto rows = db->query("SELECT name, role, created, secret_sha256 FROM credentials "
                              "WHERE key = $1 AND revoked IS NULL",
                              {key});
        if (rows.rows() == 0 || !secretMatches(rows.text(0, 3), secret)) return std::nullopt;
        return Credential{key, rows.text(0, 0), parseRole(rows.text(0, 1)).value_or(Role::Kiosk), rows.text(0, 2),
                          std::nullopt};
    } catch (const PgError&) {
        return std::nullopt; // a storage fault must never let a request through
    }
}

} // namespace pelita::server
