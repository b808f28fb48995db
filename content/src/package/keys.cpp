// Publisher keys and signatures (libsodium Ed25519), stored as small JSON files.
#include <pelita/content/package_keys.h>

#include "package/key_files.h"
#include "package/sha256.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace pelita::content {

namespace fs = std::filesystem;

namespace detail {

void requireSodium() {
    // sodium_init() is safe to call from several threads and more than once.
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

std::string toBase64(const unsigned char* data, std::size_t size) {
    std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

bool fromBase64(const std::string& text, unsigned char* out, std::size_t size) {
    std::size_t length = 0;
    return sodium_base642bin(out, size, text.data(), text.size(), nullptr, &length, nullptr,
                             sodium_base64_VARIANT_ORIGINAL) == 0 &&
           length == size;
}

} // namespace detail

namespace {

Expected<nlohmann::json, ContentError> readKeyJson(const fs::path& file, const char* kind) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return unexpected(ContentError{file, 0, {}, "cannot be read"});
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto doc = nlohmann::json::parse(buffer.str(), nullptr, false);
    if (!doc.is_object() || doc.value("algorithm", "") != "ed25519" || !doc.contains(kind) ||
        !doc[kind].is_string())
        return unexpected(ContentError{file,
                                       0,
                                       {},
                                       std::string("is not a Pelita ") +
                                           (std::string(kind) == "secretKey" ? "secret" : "public") +
                                           " key (made by pelita-pack keygen)"});
    return doc;
}

Expected<fs::path, ContentError> writeKeyJson(const fs::path& file, const nlohmann::json& doc, bool secret) {
    std::error_code ec;
    if (fs::exists(file, ec))
        return unexpected(ContentError{file, 0, {}, "already exists; it is not overwritten"});
    {
        std::ofstream create(file, std::ios::binary);
        if (!create) return unexpected(ContentError{file, 0, {}, "cannot be created"});
    }
    // Narrow the permissions while the file is still empty, before the secret is in it.
    if (secret)
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
    if (ec) return unexpected(ContentError{file, 0, {}, "cannot be made private: " + ec.message()});
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << doc.dump(2) << "\n";
    if (!out.flush()) return unexpected(ContentError{file, 0, {}, "could not be written"});
    return file;
}

} // namespace

std::string PublicKey::keyId() const {
    return detail::Sha256::of(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()))
        .substr(0, 16);
}

SecretKey generateKey(std::string name) {
    detail::requireSodium();
    SecretKey key;
    key.publicKey.name = std::move(name);
    crypto_sign_keypair(key.publicKey.bytes.data(), key.bytes.data());
    return key;
}

Expected<fs::path, ContentError> writeSecretKey(const SecretKey& key, const fs::path& file) {
    return writeKeyJson(file,
                        {{"algorithm", "ed25519"},
                         {"name", key.publicKey.name},
                         {"keyId", key.publicKey.keyId()},
                         {"secretKey", detail::toBase64(key.bytes.data(), key.bytes.size())}},
                        true);
}

Expected<fs::path, ContentError> writePublicKey(const PublicKey& key, const fs::path& file) {
    return writeKeyJson(file,
                        {{"algorithm", "ed25519"},
                         {"name", key.name},
                         {"keyId", key.keyId()},
                         {"publicKey", detail::toBase64(key.bytes.data(), key.bytes.size())}},
                        false);
}

Expected<SecretKey, ContentError> readSecretKey(const fs::path& file) {
    auto doc = readKeyJson(file, "secretKey");
    if (!doc) return unexpected(doc.error());
    SecretKey key;
    key.publicKey.name = doc->value("name", "");
    if (!detail::fromBase64((*doc)["secretKey"].get<std::string>(), key.bytes.data(), key.bytes.size()))
        return unexpected(ContentError{file, 0, "secretKey", "is not a 64-byte key in base64"});
    detail::requireSodium();
    crypto_sign_ed25519_sk_to_pk(key.publicKey.bytes.data(), key.bytes.data());
    return key;
}

Expected<PublicKey, ContentError> readPublicKey(const fs::path& file) {
    auto doc = readKeyJson(file, "publicKey");
    if (!doc) return unexpected(doc.error());
    PublicKey key;
    key.name = doc->value("name", file.stem().string());
    if (!detail::fromBase64((*doc)["publicKey"].get<std::string>(), key.bytes.data(), key.bytes.size()))
        return unexpected(ContentError{file, 0, "publicKey", "is not a 32-byte key in base64"});
    return key;
}

TrustedKeys loadTrustedKeys(const fs::path& folder) {
    TrustedKeys trusted;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (entry.path().extension() != ".pub") continue;
        auto key = readPublicKey(entry.path());
        if (key)
            trusted.keys.push_back(std::move(*key));
        else
            trusted.problems.push_back(key.error());
    }
    return trusted;
}

std::string signManifest(const SecretKey& key, std::string_view manifestBytes) {
    detail::requireSodium();
    std::array<unsigned char, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr,
                         reinterpret_cast<const unsigned char*>(manifestBytes.data()), manifestBytes.size(),
                         key.bytes.data());
    const nlohmann::json doc = {
        {"algorithm", "ed25519"},
        {"keyId", key.publicKey.keyId()},
        {"publicKey", detail::toBase64(key.publicKey.bytes.data(), key.publicKey.bytes.size())},
        {"signature", detail::toBase64(signature.data(), signature.size())}};
    return doc.dump(2) + "\n";
}

} // namespace pelita::content
