#pragma once
// PelitaStore: what pelita-server keeps for Pelita's own resources under
// /pelita/v1/: published packages, registered kiosks, the learner roster and
// issued certificates. The xAPI records stay in StatementStore/DocumentStore.
// SQLite now (SqlitePelitaStore); the interface carries no SQLite types so a
// PostgreSQL store can stand beside it. Times are utcIso8601() text.
// Thread notes: implementations must be safe to call from any worker thread.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <pelita/content/expected.h>

#include "statement_store.h" // Stored

namespace pelita::server {

// One accepted .pelita file, stored as DATA/packages/<sha256>.pelita.
struct PublishedPackage {
    std::string sha256; // 64 lower-case hex digits of the whole file
    std::string courseIri;
    std::string version;
    std::map<std::string, std::string> title; // language tag -> text
    double jpHours = 0;
    std::uint64_t sizeBytes = 0;
    std::string signerKeyId;
    std::string signerName;
    std::string published;
    // When an admin withdrew it from the catalogue (kiosks stop seeing it;
    // it stays downloadable by hash); nothing while it is listed.
    std::optional<std::string> withdrawn = std::nullopt;
};

// A kiosk credential and what the kiosk said about itself when it registered.
// Registration fields are empty until it registers; lastContact is empty until
// its first request.
// What a kiosk last said about its outbox (the X-Pelita-Queue header on its
// requests, docs/protocol.md "Queue health"): results waiting to be sent, since
// when the oldest has waited, and results the server refused that wait for the
// trainer. Times are the server's (ISO 8601 UTC).
struct KioskQueue {
    std::int64_t waiting = 0;
    std::int64_t quarantined = 0;
    std::string oldestWaiting;   // empty when nothing waits
    std::string reported;        // when the server heard it
};

struct KioskRecord {
    std::string credentialKey;
    std::string kioskId;
    std::string name;
    std::string opd;
    std::string appVersion;
    std::string registered;
    std::string lastContact;
    std::optional<KioskQueue> queue;   // nothing until the kiosk reports one
};

// A learner on the roster: NIP (or another staff id), name, OPD, unit, position,
// and golongan (e.g. "III/a"; empty when the roster did not say).
struct RosterEntry {
    std::string nip;
    std::string name;
    std::string opd;
    std::string unit;
    std::string position;
    std::string golongan = {};
};

// A certificate as the kiosk announced it in a passed statement (docs/protocol.md).
struct CertificateRecord {
    std::string id;
    std::string statementId;
    std::string learnerName;
    std::string nip;
    std::string courseIri;
    std::map<std::string, std::string> courseTitle;
    std::string issued; // the statement's timestamp
    double jpHours = 0;
    std::optional<double> scaledScore;
};

// One USB records bundle imported (bundle_import.h), for the admin's
// "Bundel USB" page: what came in, and the receipt to carry back.
struct BundleImportRecord {
    std::string bundleId, credentialKey, kioskId;
    std::string importedAt;     // UTC ISO 8601 of the latest import of this bundle
    int accepted = 0, rejected = 0;
    std::string receiptName;    // receiptFileName()
    std::string receiptText;    // the signed receipt, as last issued
};

// A course made mandatory (Wajib) for ASN of an OPD, of a position, of both,
// or (both empty) for everyone, to be completed by `due`.
struct Assignment {
    std::int64_t id = 0;
    std::string courseIri;
    std::string opd;       // empty: every OPD
    std::string position;  // empty: every position (jabatan)
    std::string due;       // YYYY-MM-DD
    std::string created;   // UTC ISO 8601
};

struct PelitaStoreError {
    // Conflict: the record clashes with one already stored (409).
    enum class Kind { Conflict, Storage } kind = Kind::Storage;
    std::string message;
};

// A storage fault as the error a PelitaStore method returns: a Kind::Storage
// PelitaStoreError or a plain message, "what: why". For the implementations.
template <typename T, typename E>
Expected<T, E> storeFailure(const char* what, const char* why) {
    const std::string message = std::string(what) + ": " + why;
    if constexpr (std::is_same_v<E, PelitaStoreError>)
        return Expected<T, E>(unexpected(PelitaStoreError{PelitaStoreError::Kind::Storage, message}));
    else
        return Expected<T, E>(unexpected(message));
}

class PelitaStore {
public:
    virtual ~PelitaStore() = default;

    // Same sha256 again: kept as it was (not an error). Same course IRI and
    // version with another sha256: Kind::Conflict.
    virtual Expected<Stored, PelitaStoreError> addPackage(const PublishedPackage& package) = 0;
    virtual Expected<std::optional<PublishedPackage>, std::string> package(const std::string& sha256) = 0;
    // Every published package, every version, oldest first.
    virtual Expected<std::vector<PublishedPackage>, std::string> packages() = 0;
    // Withdraws a package from the catalogue (`when` set) or lists it again
    // (nothing). False when no package has that sha256.
    virtual Expected<bool, std::string> setWithdrawn(const std::string& sha256,
                                                     const std::optional<std::string>& when) = 0;

    // Creates or replaces the kiosk's registration; keeps its last contact.
    virtual Expected<Stored, std::string> registerKiosk(const KioskRecord& kiosk) = 0;
    // The kiosk was heard from at `when`; with a queue report, that replaces
    // the one kept. Creates the kiosk's row when it has none.
    virtual Expected<Stored, std::string> noteContact(const std::string& credentialKey, const std::string& when,
                                                      const std::optional<KioskQueue>& queue) = 0;
    virtual Expected<std::optional<KioskRecord>, std::string> kiosk(const std::string& credentialKey) = 0;
    virtual Expected<std::vector<KioskRecord>, std::string> kiosks() = 0;
    // The Ed25519 public key (base64, 32 bytes) a kiosk signs its USB records
    // bundles with, from its registration or set by hand; replaces any earlier one.
    virtual Expected<Stored, std::string> setKioskSigningKey(const std::string& credentialKey,
                                                             const std::string& publicKeyBase64) = 0;
    // Nothing when no key is known for that credential.
    virtual Expected<std::optional<std::string>, std::string> kioskSigningKey(const std::string& credentialKey) = 0;
    // Records an import; importing the same bundle again replaces its record.
    virtual Expected<Stored, std::string> noteBundleImport(const BundleImportRecord& record) = 0;
    // The latest `limit` imports, newest first.
    virtual Expected<std::vector<BundleImportRecord>, std::string> bundleImports(int limit) = 0;
    virtual Expected<std::optional<BundleImportRecord>, std::string> bundleImport(const std::string& bundleId) = 0;

    // Makes a course mandatory for a group; the same course and group again
    // only moves the due date. Returns the assignment's id.
    virtual Expected<std::int64_t, std::string> assign(const Assignment& assignment) = 0;
    // False when there was no such assignment.
    virtual Expected<bool, std::string> unassign(std::int64_t id) = 0;
    // Every assignment, or those that apply in one OPD (its own and the
    // every-OPD ones), by due date.
    virtual Expected<std::vector<Assignment>, std::string> assignments(const std::optional<std::string>& opd) = 0;

    // Replaces the learners of every OPD that appears in `entries`, in one
    // transaction; a NIP listed under another OPD moves. Other OPDs are untouched.
    virtual Expected<Stored, std::string> replaceRoster(const std::vector<RosterEntry>& entries) = 0;
    // Everyone, or one OPD's learners, ordered by OPD then name.
    virtual Expected<std::vector<RosterEntry>, std::string> roster(const std::optional<std::string>& opd) = 0;
    virtual Expected<std::optional<RosterEntry>, std::string> learner(const std::string& nip) = 0;

    // A certificate id already recorded for the same statement: kept (retries
    // are safe). For another statement: Kind::Conflict.
    virtual Expected<Stored, PelitaStoreError> addCertificate(const CertificateRecord& certificate) = 0;
    virtual Expected<std::optional<CertificateRecord>, std::string> certificate(const std::string& id) = 0;
};

} // namespace pelita::server
