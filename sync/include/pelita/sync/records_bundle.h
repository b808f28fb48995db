#pragma once
// Records carried by hand: the kiosk's half of the USB trip (docs/sync.md,
// "Carried by hand"; formats in docs/protocol.md). exportRecords() writes every
// pending outbox statement as one signed, gzip-compressed bundle file and marks
// them carried; they stay pending. pelita-server imports the bundle and writes
// a receipt signed with its receipt key; applyReceipt() checks that signature
// against the key this kiosk trusts, confirms what the server accepted and
// quarantines what it rejected.
//
// Keys live in the data folder, beside records.db:
//   kiosk-signing.key   this kiosk's Ed25519 key (owner-only), made on first use;
//   server-receipt.pub  the server's receipt key, installed by a trainer.
// Threads: as the RecordsStore passed in (one per thread). Needs nothing else.
#include <pelita/content/expected.h>
#include <pelita/content/package_keys.h>
#include <pelita/sync/records_store.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace pelita::sync {

inline constexpr const char* kKioskSigningKeyFile = "kiosk-signing.key";
inline constexpr const char* kServerReceiptKeyFile = "server-receipt.pub";

struct BundleError {
    std::string message; // a sentence for the trainer, in English like the other CLI messages
};

// This kiosk's signing key, made (and written owner-only) when there is none yet.
Expected<content::SecretKey, BundleError> kioskSigningKey(const std::filesystem::path& dataDir);

struct ExportedBundle {
    std::filesystem::path file;  // <to>/pelita-<kiosk>-<YYYYMMDD-HHMMSS>.pelita-records (UTC)
    std::string bundleId;
    std::size_t statements = 0;
    std::size_t bytes = 0;       // the file's size
    std::size_t rawBytes = 0;    // the statements' JSON before compression
};

// Writes every pending statement (carried before or not) to a new bundle in
// `toDir`, atomically, then marks them carried. Needs the kiosk's credential
// key in the settings (it names the kiosk to the server). With nothing pending
// it writes nothing and returns statements == 0. On any failure no file is
// left and nothing is marked.
Expected<ExportedBundle, BundleError> exportRecords(RecordsStore& store, const std::filesystem::path& dataDir,
                                                    const std::filesystem::path& toDir, std::int64_t nowMs);

struct ReceiptApplied {
    std::string bundleId;
    std::size_t confirmed = 0;    // accepted by the server: left the outbox (marked sent)
    std::size_t quarantined = 0;  // rejected by the server: moved to quarantine with its reason
    std::size_t notWaiting = 0;   // named in the receipt but not pending here (already sent or quarantined)
};

// Verifies the receipt file's bytes (signed by the trusted server key, and made
// for this kiosk's credential) and applies it. Refused receipts change nothing.
// Applying a receipt twice is harmless.
Expected<ReceiptApplied, BundleError> applyReceipt(RecordsStore& store, const std::filesystem::path& dataDir,
                                                   std::string_view receiptBytes);

// Installs `file` (a .pub from `pelita-server kiosk-key receipt`) as the server
// receipt key this kiosk trusts, replacing any earlier one. Returns the key.
Expected<content::PublicKey, BundleError> trustServerReceiptKey(const std::filesystem::path& dataDir,
                                                                const std::filesystem::path& file);

} // namespace pelita::sync
