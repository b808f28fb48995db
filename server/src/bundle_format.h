#pragma once
// The records bundle a kiosk writes to a USB stick and the receipt the server
// answers with, as pelita-server reads and writes them (docs/protocol.md,
// "Records carried by hand"). The kiosk's side is sync/records_bundle.h.
// No I/O; any thread.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <pelita/content/expected.h>
#include <pelita/content/records_files.h>
#include <pelita/content/signed_document.h>

namespace pelita::server {

// A bundle larger than this once decompressed is refused: ~100 000 statements,
// far more than a kiosk queues between two visits, and it bounds a zip bomb.
inline constexpr std::size_t kMaxBundleBytes = 256u * 1024 * 1024;

struct RecordsBundle {
    std::string bundleId;       // UUID made by the kiosk for this file
    std::string credentialKey;  // the kiosk's credential, naming who made it
    std::string kioskId;        // what the kiosk calls itself; for people, not for trust
    std::string created;        // when the kiosk wrote it (ISO 8601)
    nlohmann::json statements;  // an array of statement objects, each with its kiosk-made "id"
    content::PublicKey signer;  // the key the bundle's signature verified with
};

// Decompresses (gzip) and opens the signed bundle; checks its shape. The error
// says what is wrong with the file. The signer is not yet matched to a kiosk.
Expected<RecordsBundle, std::string> readRecordsBundle(std::string_view fileBytes);

struct RejectedStatement {
    std::string id;
    int status = 400;  // 400 invalid, 409 its id is stored with another body
    std::string reason;
};

struct Receipt {
    std::string bundleId;
    std::string credentialKey;
    std::string kioskId;
    std::string imported;                  // when the server imported it
    std::vector<std::string> accepted;     // stored now or already before, in bundle order
    std::vector<RejectedStatement> rejected;
};

nlohmann::json receiptJson(const Receipt& receipt);
// The receipt file's text, signed with the server's receipt key.
std::string signReceipt(const Receipt& receipt, const content::SecretKey& serverKey);
// "pelita-<kiosk>-<YYYYMMDD-HHMMSS>.pelita-receipt", from the bundle's kiosk id (or the first
// 12 characters of its credential key, as the kiosk names the bundle) and the import time.
std::string receiptFileName(const Receipt& receipt);

} // namespace pelita::server
