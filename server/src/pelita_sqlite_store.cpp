// SqlitePelitaStore: packages, kiosks and certificates. The roster is in
// pelita_sqlite_roster.cpp.
#include "pelita_sqlite_store.h"

#include <sqlite3.h>

#include "pelita_records_json.h"
#include "pelita_sqlite_guard.h"

namespace pelita::server {

using nlohmann::json;

SqlitePelitaStore::SqlitePelitaStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

namespace {
// Columns: record_json, withdrawn (the withdrawal is kept beside the record).
PublishedPackage packageRow(const Statement& row) {
    auto p = publishedPackageFromJson(json::parse(row.columnText(0)));
    if (!row.columnIsNull(1)) p.withdrawn = row.columnText(1);
    return p;
}
} // namespace

Expected<Stored, PelitaStoreError> SqlitePelitaStore::addPackage(const PublishedPackage& p) {
    return guarded<Stored, PelitaStoreError>("cannot store package", [&]() -> Expected<Stored, PelitaStoreError> {
        Transaction tx(*db_);
        Statement same(*db_, "SELECT sha256 FROM pelita_packages WHERE course_iri = ? AND version = ?");
        same.bind(1, p.courseIri).bind(2, p.version);
        if (same.step()) {
            if (same.columnText(0) == p.sha256) return Stored{};
            return unexpected(PelitaStoreError{PelitaStoreError::Kind::Conflict,
                                               p.courseIri + " version " + p.version +
                                                   " is already published with other contents (sha256 " +
                                                   same.columnText(0) + "); give the course a new version"});
        }
        Statement insert(*db_, "INSERT OR IGNORE INTO pelita_packages (sha256, course_iri, version, published, "
                               "record_json) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, p.sha256).bind(2, p.courseIri).bind(3, p.version).bind(4, p.published);
        insert.bind(5, toJson(p).dump());
        insert.run();
        tx.commit();
        return Stored{};
    });
}

Expected<std::optional<PublishedPackage>, std::string> SqlitePelitaStore::package(const std::string& sha256) {
    return guarded<std::optional<PublishedPackage>>("cannot read package", [&] {
        Statement select(*db_, "SELECT record_json, withdrawn FROM pelita_packages WHERE sha256 = ?");
        select.bind(1, sha256);
        std::optional<PublishedPackage> found;
        if (select.step()) found = packageRow(select);
        return found;
    });
}

Expected<std::vector<PublishedPackage>, std::string> SqlitePelitaStore::packages() {
    return guarded<std::vector<PublishedPackage>>("cannot list packages", [&] {
        Statement select(*db_, "SELECT record_json, withdrawn FROM pelita_packages ORDER BY published, sha256");
        std::vector<PublishedPackage> all;
        while (select.step()) all.push_back(packageRow(select));
        return all;
    });
}

Expected<bool, std::string> SqlitePelitaStore::setWithdrawn(const std::string& sha256,
                                                            const std::optional<std::string>& when) {
    return guarded<bool>("cannot change package", [&] {
        Statement update(*db_, "UPDATE pelita_packages SET withdrawn = ? WHERE sha256 = ?");
        update.bindOptional(1, when).bind(2, sha256);
        update.run();
        return sqlite3_changes(db_->handle()) > 0;
    });
}

Expected<Stored, std::string> SqlitePelitaStore::registerKiosk(const KioskRecord& k) {
    return guarded<Stored>("cannot register kiosk", [&] {
        Statement upsert(*db_, "INSERT INTO pelita_kiosks (credential_key, kiosk_id, name, opd, app_version, "
                               "registered) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (credential_key) DO UPDATE SET "
                               "kiosk_id = excluded.kiosk_id, name = excluded.name, opd = excluded.opd, "
                               "app_version = excluded.app_version, registered = excluded.registered");
        upsert.bind(1, k.credentialKey).bind(2, k.kioskId).bind(3, k.name).bind(4, k.opd).bind(5, k.appVersion);
        upsert.bind(6, k.registered);
        upsert.run();
        return Stored{};
    });
}

Expected<Stored, std::string> SqlitePelitaStore::noteContact(const std::string& credentialKey, const std::string& when,
                                                             const std::optional<KioskQueue>& queue) {
    return guarded<Stored>("cannot note kiosk contact", [&] {
        if (!queue) {
            Statement upsert(*db_, "INSERT INTO pelita_kiosks (credential_key, last_contact) VALUES (?, ?) "
                                   "ON CONFLICT (credential_key) DO UPDATE SET last_contact = excluded.last_contact");
            upsert.bind(1, credentialKey).bind(2, when);
            upsert.run();
            return Stored{};
        }
        Statement upsert(*db_, "INSERT INTO pelita_kiosks (credential_key, last_contact, queue_waiting, "
                               "queue_quarantined, queue_oldest, queue_reported) VALUES (?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (credential_key) DO UPDATE SET last_contact = excluded.last_contact, "
                               "queue_waiting = excluded.queue_waiting, queue_quarantined = excluded.queue_quarantined, "
                               "queue_oldest = excluded.queue_oldest, queue_reported = excluded.queue_reported");
        upsert.bind(1, credentialKey).bind(2, when).bind(3, queue->waiting).bind(4, queue->quarantined);
        upsert.bind(5, queue->oldestWaiting).bind(6, queue->reported);
        upsert.run();
        return Stored{};
    });
}

namespace {
constexpr const char* kKioskColumns =
    "SELECT credential_key, kiosk_id, name, opd, app_version, registered, last_contact, "
    "queue_waiting, queue_quarantined, queue_oldest, queue_reported FROM pelita_kiosks";

KioskRecord kioskRow(const Statement& row) {
    KioskRecord k{row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
                  row.columnText(4), row.columnText(5), row.columnText(6), std::nullopt};
    if (!row.columnIsNull(10))
        k.queue = KioskQueue{row.columnInt(7), row.columnInt(8), row.columnText(9), row.columnText(10)};
    return k;
}
} // namespace

Expected<std::optional<KioskRecord>, std::string> SqlitePelitaStore::kiosk(const std::string& credentialKey) {
    return guarded<std::optional<KioskRecord>>("cannot read kiosk", [&] {
        Statement select(*db_, std::string(kKioskColumns) + " WHERE credential_key = ?");
        select.bind(1, credentialKey);
        std::optional<KioskRecord> found;
        if (select.step()) found = kioskRow(select);
        return found;
    });
}

Expected<std::vector<KioskRecord>, std::string> SqlitePelitaStore::kiosks() {
    return guarded<std::vector<KioskRecord>>("cannot list kiosks", [&] {
        Statement select(*db_, std::string(kKioskColumns) + " ORDER BY opd, name, credential_key");
        std::vector<KioskRecord> all;
        while (select.step()) all.push_back(kioskRow(select));
        return all;
    });
}

Expected<Stored, PelitaStoreError> SqlitePelitaStore::addCertificate(const CertificateRecord& c) {
    return guarded<Stored, PelitaStoreError>("cannot store certificate", [&]() -> Expected<Stored, PelitaStoreError> {
        Transaction tx(*db_);
        Statement existing(*db_, "SELECT statement_id FROM pelita_certificates WHERE id = ?");
        existing.bind(1, c.id);
        if (existing.step()) {
            if (existing.columnText(0) == c.statementId) return Stored{};
            return unexpected(PelitaStoreError{PelitaStoreError::Kind::Conflict,
                                               "certificate id " + c.id + " was already issued by statement " +
                                                   existing.columnText(0)});
        }
        Statement insert(*db_, "INSERT INTO pelita_certificates (id, statement_id, record_json) VALUES (?, ?, ?)");
        insert.bind(1, c.id).bind(2, c.statementId).bind(3, toJson(c).dump());
        insert.run();
        tx.commit();
        return Stored{};
    });
}

Expected<std::optional<CertificateRecord>, std::string> SqlitePelitaStore::certificate(const std::string& id) {
    return guarded<std::optional<CertificateRecord>>("cannot read certificate", [&] {
        Statement select(*db_, "SELECT record_json FROM pelita_certificates WHERE id = ?");
        select.bind(1, id);
        std::optional<CertificateRecord> found;
        if (select.step()) found = certificateFromJson(json::parse(select.columnText(0)));
        return found;
    });
}

} // namespace pelita::server
