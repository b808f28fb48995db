#pragma once
// SqlitePelitaStore: the embedded PelitaStore, in DIR/server.db (tables
// pelita_*, created by schema version 3 in server_database.cpp).
// Thread notes: one connection guarded by a mutex; any thread may call.
#include <memory>
#include <mutex>

#include "pelita_store.h"
#include "sqlite_db.h"

namespace pelita::server {

class SqlitePelitaStore final : public PelitaStore {
public:
    // Takes a connection from openServerDatabase().
    explicit SqlitePelitaStore(std::unique_ptr<Db> db);

    Expected<Stored, PelitaStoreError> addPackage(const PublishedPackage& package) override;
    Expected<std::optional<PublishedPackage>, std::string> package(const std::string& sha256) override;
    Expected<std::vector<PublishedPackage>, std::string> packages() override;
    Expected<bool, std::string> setWithdrawn(const std::string& sha256,
                                             const std::optional<std::string>& when) override;

    Expected<Stored, std::string> registerKiosk(const KioskRecord& kiosk) override;
    Expected<Stored, std::string> noteContact(const std::string& credentialKey, const std::string& when,
                                              const std::optional<KioskQueue>& queue) override;
    Expected<std::optional<KioskRecord>, std::string> kiosk(const std::string& credentialKey) override;
    Expected<std::vector<KioskRecord>, std::string> kiosks() override;
    // In bundle_kiosk_keys_sqlite.cpp.
    Expected<Stored, std::string> setKioskSigningKey(const std::string& credentialKey,
                                                     const std::string& publicKeyBase64) override;
    Expected<std::optional<std::string>, std::string> kioskSigningKey(const std::string& credentialKey) override;
    Expected<Stored, std::string> noteBundleImport(const BundleImportRecord& record) override;
    Expected<std::vector<BundleImportRecord>, std::string> bundleImports(int limit) override;
    Expected<std::optional<BundleImportRecord>, std::string> bundleImport(const std::string& bundleId) override;
    // In assignments_sqlite.cpp.
    Expected<std::int64_t, std::string> assign(const Assignment& assignment) override;
    Expected<bool, std::string> unassign(std::int64_t id) override;
    Expected<std::vector<Assignment>, std::string> assignments(const std::optional<std::string>& opd) override;

    Expected<Stored, std::string> replaceRoster(const std::vector<RosterEntry>& entries) override;
    Expected<std::vector<RosterEntry>, std::string> roster(const std::optional<std::string>& opd) override;
    Expected<std::optional<RosterEntry>, std::string> learner(const std::string& nip) override;

    Expected<Stored, PelitaStoreError> addCertificate(const CertificateRecord& certificate) override;
    Expected<std::optional<CertificateRecord>, std::string> certificate(const std::string& id) override;

private:
    // Runs `work` under the mutex, turning SqliteError into the message type E.
    template <typename T, typename E = std::string, typename Work>
    Expected<T, E> guarded(const char* what, Work&& work);

    std::mutex mutex_;
    std::unique_ptr<Db> db_;
};

} // namespace pelita::server
