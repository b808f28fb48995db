// SqlitePelitaStore: the public keys kiosks sign their USB records bundles with
// (table pelita_kiosk_keys, schema version 5).
#include "iso8601.h"
#include "pelita_sqlite_guard.h"

namespace pelita::server {

Expected<Stored, std::string> SqlitePelitaStore::setKioskSigningKey(const std::string& credentialKey,
                                                                    const std::string& publicKeyBase64) {
    return guarded<Stored>("cannot store the kiosk's signing key", [&] {
        Statement upsert(*db_, "INSERT INTO pelita_kiosk_keys (credential_key, public_key, updated) VALUES (?, ?, ?) "
                               "ON CONFLICT(credential_key) DO UPDATE SET public_key = excluded.public_key, "
                               "updated = excluded.updated");
        upsert.bind(1, credentialKey).bind(2, publicKeyBase64).bind(3, nowUtcIso8601()).run();
        return Stored{};
    });
}

Expected<std::optional<std::string>, std::string> SqlitePelitaStore::kioskSigningKey(const std::string& credentialKey) {
    return guarded<std::optional<std::string>>("cannot read the kiosk's signing key", [&] {
        Statement select(*db_, "SELECT public_key FROM pelita_kiosk_keys WHERE credential_key = ?");
        select.bind(1, credentialKey);
        std::optional<std::string> found;
        if (select.step()) found = select.columnText(0);
        return found;
    });
}

} // namespace pelita::server
