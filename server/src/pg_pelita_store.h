#pragma once
// PgPelitaStore: PelitaStore on PostgreSQL (tables pelita_*, schema version 3
// in pg_schema.cpp), with the same contract, conflict rules and ordering as
// SqlitePelitaStore. Text is ordered COLLATE "C" (byte order, as SQLite sorts)
// whatever the database's locale. Plain SQL only, for Citus and CockroachDB.
// Thread notes: any thread; each call leases its own connection from the pool.
#include <memory>

#include "pelita_store.h"
#include "pg_pool.h"

namespace pelita::server {

// A pool for Pelita's records and the admin accounts, on a schema brought up
// to date first, for the commands, which open no other storage (the server
// shares its storage's pool: Storage::pgPool).
// Errors name the host and port with libpq's message.
Expected<std::shared_ptr<PgPool>, std::string> openPelitaPool(const std::string& conninfo);

class PgPelitaStore final : public PelitaStore {
public:
    explicit PgPelitaStore(std::shared_ptr<PgPool> pool);

    Expected<Stored, PelitaStoreError> addPackage(const PublishedPackage& package) override;
    Expected<std::optional<PublishedPackage>, std::string> package(const std::string& sha256) override;
    Expected<std::vector<PublishedPackage>, std::string> packages() override;
    Expected<bool, std::string> setWithdrawn(const std::string& sha256,
                                             const std::optional<std::string>& when) override;
    Expected<Stored, PelitaStoreError> addCertificate(const CertificateRecord& certificate) override;
    Expected<std::optional<CertificateRecord>, std::string> certificate(const std::string& id) override;

    // In pg_pelita_kiosks.cpp.
    Expected<Stored, std::string> registerKiosk(const KioskRecord& kiosk) override;
    Expected<Stored, std::string> noteContact(const std::string& credentialKey, const std::string& when,
                                              const std::optional<KioskQueue>& queue) override;
    Expected<std::optional<KioskRecord>, std::string> kiosk(const std::string& credentialKey) override;
    Expected<std::vector<KioskRecord>, std::string> kiosks() override;
    Expected<Stored, std::string> setKioskSigningKey(const std::string& credentialKey,
                                                     const std::string& publicKeyBase64) override;
    Expected<std::optional<std::string>, std::string> kioskSigningKey(const std::string& credentialKey) override;
    Expected<Stored, std::string> noteBundleImport(const BundleImportRecord& record) override;
    Expected<std::vector<BundleImportRecord>, std::string> bundleImports(int limit) override;
    Expected<std::optional<BundleImportRecord>, std::string> bundleImport(const std::string& bundleId) override;

    // In pg_pelita_roster.cpp.
    Expected<std::int64_t, std::string> assign(const Assignment& assignment) override;
    Expected<bool, std::string> unassign(std::int64_t id) override;
    Expected<std::vector<Assignment>, std::string> assignments(const std::optional<std::string>& opd) override;
    Expected<Stored, std::string> replaceRoster(const std::vector<RosterEntry>& entries) override;
    Expected<std::vector<RosterEntry>, std::string> roster(const std::optional<std::string>& opd) override;
    Expected<std::optional<RosterEntry>, std::string> learner(const std::string& nip) override;

private:
    // Runs `work` on a leased connection, again when PostgreSQL says a retry
    // can succeed (isRetryable), turning PgError into the message type E.
    template <typename T, typename E = std::string, typename Work>
    Expected<T, E> leased(const char* what, Work&& work);

    std::shared_ptr<PgPool> pool_;
};

} // namespace pelita::server
