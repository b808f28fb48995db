#pragma once
// The server's receipt key: an Ed25519 key pair in the data directory,
// DATA/receipt-signing.key (owner-only) and DATA/receipt-signing.pub. It is made
// the first time a bundle is imported and never replaced; the .pub file is what
// a kiosk trusts to clear its outbox (docs/protocol.md, "Records carried by hand").
// Thread notes: any thread; creation is serialised within the process.
#include <filesystem>
#include <string>

#include <pelita/content/expected.h>
#include <pelita/content/package_keys.h>

namespace pelita::server {

inline constexpr const char* kReceiptKeyFile = "receipt-signing.key";
inline constexpr const char* kReceiptPublicKeyFile = "receipt-signing.pub";

// Reads the key, or makes it (and its .pub) when the data directory has none.
Expected<content::SecretKey, std::string> receiptKey(const std::filesystem::path& dataDir);

} // namespace pelita::server
