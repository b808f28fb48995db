#pragma once
// Publisher keys: Ed25519 (libsodium). A trainer keeps NAME.key secret and gives
// NAME.pub to the kiosks that should trust their packages (<data>/trusted-keys/).
// Any thread.
#include <pelita/content/course_loader.h>
#include <pelita/content/expected.h>

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pelita::content {

struct PublicKey {
    std::string name; // who the trainer said it is, e.g. "bkpsdm-sawahlunto"
    std::array<unsigned char, 32> bytes{};

    // The first 16 hex digits of the key's SHA-256: short, stable, printed by tools.
    std::string keyId() const;
};

struct SecretKey {
    PublicKey publicKey;
    std::array<unsigned char, 64> bytes{}; // libsodium's secret key (seed + public key)
};

SecretKey generateKey(std::string name);

// NAME.key is written readable by its owner only, and never overwritten.
Expected<std::filesystem::path, ContentError> writeSecretKey(const SecretKey& key,
                                                             const std::filesystem::path& file);
Expected<std::filesystem::path, ContentError> writePublicKey(const PublicKey& key,
                                                             const std::filesystem::path& file);
Expected<SecretKey, ContentError> readSecretKey(const std::filesystem::path& file);
Expected<PublicKey, ContentError> readPublicKey(const std::filesystem::path& file);

// Every *.pub in `folder` (a kiosk's <data>/trusted-keys). A missing folder is no
// keys; a file that is not a key is reported in `problems` and skipped.
struct TrustedKeys {
    std::vector<PublicKey> keys;
    std::vector<ContentError> problems;
};
TrustedKeys loadTrustedKeys(const std::filesystem::path& folder);

// The contents of a package's `signature` entry: a detached signature over
// `message` (the exact manifest bytes), with the signer's key id and public key.
std::string signManifest(const SecretKey& key, std::string_view manifestBytes);

} // namespace pelita::content
