// Signed documents (records bundles and receipts): Ed25519 from libsodium.
#include <pelita/content/signed_document.h>

#include "package/key_files.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <array>

namespace pelita::content {

namespace {

std::string signedMessage(const std::string& purpose, std::string_view payload) {
    std::string message = purpose;
    message += '\n';
    message.append(payload);
    return message;
}

const unsigned char* bytesOf(const std::string& text) { return reinterpret_cast<const unsigned char*>(text.data()); }

} // namespace

std::string signDocument(const SecretKey& key, const std::string& purpose, const std::string& payload) {
    detail::requireSodium();
    const auto message = signedMessage(purpose, payload);
    std::array<unsigned char, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr, bytesOf(message), message.size(), key.bytes.data());
    const nlohmann::json envelope = {
        {"purpose", purpose},
        {"signerKey", publicKeyText(key.publicKey)},
        {"signature", detail::toBase64(signature.data(), signature.size())},
        {"payload", payload}};
    return envelope.dump() + "\n";
}

Expected<SignedDocument, std::string> openSignedDocument(std::string_view envelope, const std::string& purpose) {
    const auto doc = nlohmann::json::parse(envelope, nullptr, false);
    const auto text = [&](const char* name) -> const nlohmann::json* {
        if (!doc.is_object()) return nullptr;
        auto found = doc.find(name);
        return found != doc.end() && found->is_string() ? &*found : nullptr;
    };
    if (!text("purpose") || !text("signerKey") || !text("signature") || !text("payload"))
        return unexpected(std::string("is not a signed Pelita file (damaged, or another kind of file)"));
    SignedDocument opened;
    opened.purpose = text("purpose")->get<std::string>();
    if (opened.purpose != purpose)
        return unexpected("is a \"" + opened.purpose + "\" file, not a \"" + purpose + "\" file");
    std::array<unsigned char, crypto_sign_BYTES> signature{};
    if (!detail::fromBase64(text("signerKey")->get<std::string>(), opened.signer.bytes.data(), opened.signer.bytes.size()) ||
        !detail::fromBase64(text("signature")->get<std::string>(), signature.data(), signature.size()))
        return unexpected(std::string("has a malformed key or signature (damaged)"));
    opened.payload = text("payload")->get<std::string>();
    detail::requireSodium();
    const auto message = signedMessage(purpose, opened.payload);
    if (crypto_sign_verify_detached(signature.data(), bytesOf(message), message.size(), opened.signer.bytes.data()) != 0)
        return unexpected(std::string("does not match its signature: it was changed after it was signed"));
    return opened;
}

bool sameKey(const PublicKey& a, const PublicKey& b) {
    return sodium_memcmp(a.bytes.data(), b.bytes.data(), a.bytes.size()) == 0;
}

std::string publicKeyText(const PublicKey& key) { return detail::toBase64(key.bytes.data(), key.bytes.size()); }

std::optional<PublicKey> publicKeyFromText(const std::string& text) {
    PublicKey key;
    if (!detail::fromBase64(text, key.bytes.data(), key.bytes.size())) return std::nullopt;
    return key;
}

} // namespace pelita::content
