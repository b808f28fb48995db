#include "bundle_receipt_key.h"

#include <mutex>

namespace pelita::server {

Expected<content::SecretKey, std::string> receiptKey(const std::filesystem::path& dataDir) {
    // Two imports at once must not both make a key: the second would overwrite
    // the public half the first one's receipt was signed with.
    static std::mutex creating;
    std::lock_guard lock(creating);
    const auto secretFile = dataDir / kReceiptKeyFile;
    std::error_code ec;
    if (!std::filesystem::exists(secretFile, ec)) {
        const auto key = content::generateKey("pelita-server receipts");
        if (auto written = content::writeSecretKey(key, secretFile); !written)
            return unexpected("cannot make the receipt key: " + written.error().describe());
    }
    auto key = content::readSecretKey(secretFile);
    if (!key) return unexpected("cannot read the receipt key: " + key.error().describe());
    // The public half is only a copy for the admin to hand out; remade if lost.
    const auto publicFile = dataDir / kReceiptPublicKeyFile;
    if (!std::filesystem::exists(publicFile, ec))
        if (auto written = content::writePublicKey(key->publicKey, publicFile); !written)
            return unexpected("cannot write the receipt key's public half: " + written.error().describe());
    return std::move(key).value();
}

} // namespace pelita::server
