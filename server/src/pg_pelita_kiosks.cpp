// PgPelitaStore: kiosks, the keys they sign USB records bundles with, and the
// log of bundles imported.
#include "iso8601.h"
#include "pg_pelita_guard.h"

namespace pelita::server {

Expected<Stored, std::string> PgPelitaStore::registerKiosk(const KioskRecord& k) {
    return leased<Stored>("cannot register kiosk", [&](PgConnection& db) {
        db.query("INSERT INTO pelita_kiosks (credential_key, kiosk_id, name, opd, app_version, registered) "
                 "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (credential_key) DO UPDATE SET "
                 "kiosk_id = EXCLUDED.kiosk_id, name = EXCLUDED.name, opd = EXCLUDED.opd, "
                 "app_version = EXCLUDED.app_version, registered = EXCLUDED.registered",
                 {k.credentialKey, k.kioskId, k.name, k.opd, k.appVersion, k.registered});
        return Stored{};
    });
}

Expected<Stored, std::string> PgPelitaStore::noteContact(const std::string& credentialKey, const std::string& when,
                                                         const std::optional<KioskQueue>& queue) {
    return leased<Stored>("cannot note kiosk contact", [&](PgConnection& db) {
        if (!queue) {
            db.query("INSERT INTO pelita_kiosks (credential_key, last_contact) VALUES ($1, $2) "
                     "ON CONFLICT (credential_key) DO UPDATE SET last_contact = EXCLUDED.last_contact",
                     {credentialKey, when});
            return Stored{};
        }
        db.query("INSERT INTO pelita_kiosks (credential_key, last_contact, queue_waiting, queue_quarantined, "
                 "queue_oldest, queue_reported) VALUES ($1, $2, $3, $4, $5, $6) "
                 "ON CONFLICT (credential_key) DO UPDATE SET last_contact = EXCLUDED.last_contact, "
                 "queue_waiting = EXCLUDED.queue_waiting, queue_quarantined = EXCLUDED.queue_quarantined, "
                 "queue_oldest = EXCLUDED.queue_oldest, queue_reported = EXCLUDED.queue_reported",
                 {credentialKey, when, queue->waiting, queue->quarantined, queue->oldestWaiting, queue->reported});
        return Stored{};
    });
}

namespace {

constexpr const char* kKioskColumns =
    "SELECT credential_key, kiosk_id, name, opd, app_version, registered, last_contact, "
    "queue_waiting, queue_quarantined, queue_oldest, queue_reported FROM pelita_kiosks";

KioskRecord kioskRow(const PgResult& rows, int r) {
    KioskRecord k{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3),
                  rows.text(r, 4), rows.text(r, 5), rows.text(r, 6), std::nullopt};
    if (!rows.isNull(r, 10))
        k.queue = KioskQueue{rows.integer(r, 7), rows.integer(r, 8), rows.text(r, 9), rows.text(r, 10)};
    return k;
}

constexpr const char* kImportColumns = "SELECT bundle_id, credential_key, kiosk_id, imported_at, accepted, rejected, "
                                       "receipt_name, receipt_text FROM pelita_bundle_imports ";

BundleImportRecord importRow(const PgResult& rows, int r) {
    return {rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3),
            static_cast<int>(rows.integer(r, 4)), static_cast<int>(rows.integer(r, 5)), rows.text(r, 6),
            rows.text(r, 7)};
}

} // namespace

Expected<std::optional<KioskRecord>, std::string> PgPelitaStore::kiosk(const std::string& credentialKey) {
    return leased<std::optional<KioskRecord>>("cannot read kiosk", [&](PgConnection& db) {
        auto rows = db.query(std::string(kKioskColumns) + " WHERE credential_key = $1", {credentialKey});
        std::optional<KioskRecord> found;
        if (rows.rows()) found = kioskRow(rows, 0);
        return found;
    });
}

Expected<std::vector<KioskRecord>, std::string> PgPelitaStore::kiosks() {
    return leased<std::vector<KioskRecord>>("cannot list kiosks", [&](PgConnection& db) {
        auto rows = db.query(std::string(kKioskColumns) +
                             " ORDER BY opd COLLATE \"C\", name COLLATE \"C\", credential_key COLLATE \"C\"");
        std::vector<KioskRecord> all;
        for (int r = 0; r < rows.rows(); ++r) all.push_back(kioskRow(rows, r));
        return all;
    });
}

Expected<Stored, std::string> PgPelitaStore::setKioskSigningKey(const std::string& credentialKey,
                                                                const std::string& publicKeyBase64) {
    return leased<Stored>("cannot store the kiosk's signing key", [&](PgConnection& db) {
        db.query("INSERT INTO pelita_kiosk_keys (credential_key, public_key, updated) VALUES ($1, $2, $3) "
                 "ON CONFLICT (credential_key) DO UPDATE SET public_key = EXCLUDED.public_key, updated = EXCLUDED.updated",
                 {credentialKey, publicKeyBase64, nowUtcIso8601()});
        return Stored{};
    });
}

Expected<std::optional<std::string>, std::string> PgPelitaStore::kioskSigningKey(const std::string& credentialKey) {
    return leased<std::optional<std::string>>("cannot read the kiosk's signing key", [&](PgConnection& db) {
        auto rows = db.query("SELECT public_key FROM pelita_kiosk_keys WHERE credential_key = $1", {credentialKey});
        std::optional<std::string> found;
        if (rows.rows()) found = rows.text(0, 0);
        return found;
    });
}

Expected<Stored, std::string> PgPelitaStore::noteBundleImport(const BundleImportRecord& r) {
    return leased<Stored>("cannot record the bundle import", [&](PgConnection& db) {
        db.query("INSERT INTO pelita_bundle_imports (bundle_id, credential_key, kiosk_id, imported_at, accepted, "
                 "rejected, receipt_name, receipt_text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
                 "ON CONFLICT (bundle_id) DO UPDATE SET credential_key = EXCLUDED.credential_key, "
                 "kiosk_id = EXCLUDED.kiosk_id, imported_at = EXCLUDED.imported_at, accepted = EXCLUDED.accepted, "
                 "rejected = EXCLUDED.rejected, receipt_name = EXCLUDED.receipt_name, "
                 "receipt_text = EXCLUDED.receipt_text",
                 {r.bundleId, r.credentialKey, r.kioskId, r.importedAt, std::int64_t{r.accepted},
                  std::int64_t{r.rejected}, r.receiptName, r.receiptText});
        return Stored{};
    });
}

Expected<std::vector<BundleImportRecord>, std::string> PgPelitaStore::bundleImports(int limit) {
    return leased<std::vector<BundleImportRecord>>("cannot read the bundle imports", [&](PgConnection& db) {
        auto rows = db.query(std::string(kImportColumns) +
                                 "ORDER BY imported_at COLLATE \"C\" DESC, bundle_id COLLATE \"C\" LIMIT $1",
                             {std::int64_t{limit}});
        std::vector<BundleImportRecord> found;
        for (int r = 0; r < rows.rows(); ++r) found.push_back(importRow(rows, r));
        return found;
    });
}

Expected<std::optional<BundleImportRecord>, std::string> PgPelitaStore::bundleImport(const std::string& bundleId) {
    return leased<std::optional<BundleImportRecord>>("cannot read the bundle import", [&](PgConnection& db) {
        auto rows = db.query(std::string(kImportColumns) + "WHERE bundle_id = $1", {bundleId});
        std::optional<BundleImportRecord> found;
        if (rows.rows()) found = importRow(rows, 0);
        return found;
    });
}

} // namespace pelita::server
