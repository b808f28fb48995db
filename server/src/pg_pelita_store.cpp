// PgPelitaStore: packages and certificates, and the pool the store runs on.
// Kiosks are in pg_pelita_kiosks.cpp, the roster and assignments in
// pg_pelita_roster.cpp.
#include "pg_pelita_store.h"

#include "pelita_records_json.h"
#include "pg_pelita_guard.h"
#include "pg_schema.h"

namespace pelita::server {

using nlohmann::json;

Expected<std::shared_ptr<PgPool>, std::string> openPelitaPool(const std::string& conninfo) {
    // Admin pages, kiosk registrations and roster imports are a trickle beside
    // statement traffic; a command needs no more than this.
    return openMigratedPool(conninfo, 4);
}

PgPelitaStore::PgPelitaStore(std::shared_ptr<PgPool> pool) : pool_(std::move(pool)) {}

namespace {
// Columns: record_json, withdrawn (the withdrawal is kept beside the record).
PublishedPackage packageRow(const PgResult& rows, int r) {
    auto p = publishedPackageFromJson(json::parse(rows.text(r, 0)));
    if (!rows.isNull(r, 1)) p.withdrawn = rows.text(r, 1);
    return p;
}
} // namespace

Expected<Stored, PelitaStoreError> PgPelitaStore::addPackage(const PublishedPackage& p) {
    return leased<Stored, PelitaStoreError>("cannot store package", [&](PgConnection& db) -> Expected<Stored, PelitaStoreError> {
        // Insert first and look only when that did nothing: two publishers of
        // the same course version then cannot both pass a check and race.
        auto inserted = db.query("INSERT INTO pelita_packages (sha256, course_iri, version, published, record_json) "
                                 "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING sha256",
                                 {p.sha256, p.courseIri, p.version, p.published, toJson(p).dump()});
        if (inserted.rows()) return Stored{};
        auto same = db.query("SELECT sha256 FROM pelita_packages WHERE course_iri = $1 AND version = $2",
                             {p.courseIri, p.version});
        if (!same.rows() || same.text(0, 0) == p.sha256) return Stored{}; // this very file, kept as it was
        return unexpected(PelitaStoreError{PelitaStoreError::Kind::Conflict,
                                           p.courseIri + " version " + p.version +
                                               " is already published with other contents (sha256 " +
                                               same.text(0, 0) + "); give the course a new version"});
    });
}

Expected<std::optional<PublishedPackage>, std::string> PgPelitaStore::package(const std::string& sha256) {
    return leased<std::optional<PublishedPackage>>("cannot read package", [&](PgConnection& db) {
        auto rows = db.query("SELECT record_json, withdrawn FROM pelita_packages WHERE sha256 = $1", {sha256});
        std::optional<PublishedPackage> found;
        if (rows.rows()) found = packageRow(rows, 0);
        return found;
    });
}

Expected<std::vector<PublishedPackage>, std::string> PgPelitaStore::packages() {
    return leased<std::vector<PublishedPackage>>("cannot list packages", [&](PgConnection& db) {
        auto rows = db.query("SELECT record_json, withdrawn FROM pelita_packages "
                             "ORDER BY published COLLATE \"C\", sha256 COLLATE \"C\"");
        std::vector<PublishedPackage> all;
        for (int r = 0; r < rows.rows(); ++r) all.push_back(packageRow(rows, r));
        return all;
    });
}

Expected<bool, std::string> PgPelitaStore::setWithdrawn(const std::string& sha256, const std::optional<std::string>& when) {
    return leased<bool>("cannot change package", [&](PgConnection& db) {
        return db.query("UPDATE pelita_packages SET withdrawn = $1 WHERE sha256 = $2 RETURNING sha256", {when, sha256})
                   .rows() > 0;
    });
}

Expected<Stored, PelitaStoreError> PgPelitaStore::addCertificate(const CertificateRecord& c) {
    return leased<Stored, PelitaStoreError>("cannot store certificate", [&](PgConnection& db) -> Expected<Stored, PelitaStoreError> {
        auto inserted = db.query("INSERT INTO pelita_certificates (id, statement_id, record_json) VALUES ($1, $2, $3) "
                                 "ON CONFLICT (id) DO NOTHING RETURNING id",
                                 {c.id, c.statementId, toJson(c).dump()});
        if (inserted.rows()) return Stored{};
        auto existing = db.query("SELECT statement_id FROM pelita_certificates WHERE id = $1", {c.id});
        if (!existing.rows() || existing.text(0, 0) == c.statementId) return Stored{}; // a retry of the same statement
        return unexpected(PelitaStoreError{PelitaStoreError::Kind::Conflict, "certificate id " + c.id +
                                                                                  " was already issued by statement " +
                                                                                  existing.text(0, 0)});
    });
}

Expected<std::optional<CertificateRecord>, std::string> PgPelitaStore::certificate(const std::string& id) {
    return leased<std::optional<CertificateRecord>>("cannot read certificate", [&](PgConnection& db) {
        auto rows = db.query("SELECT record_json FROM pelita_certificates WHERE id = $1", {id});
        std::optional<CertificateRecord> found;
        if (rows.rows()) found = certificateFromJson(json::parse(rows.text(0, 0)));
        return found;
    });
}

} // namespace pelita::server
