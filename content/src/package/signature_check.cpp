#include "package/signature_check.h"
#include "package/key_files.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace pelita::content::detail {

namespace {

ContentError signatureProblem(std::string message) {
    return ContentError{std::filesystem::path(kSignatureEntry), 0, {}, std::move(message)};
}

// Verifies the entry's Ed25519 signature with the public key it carries; the key
// id must be that key's. Trust is decided afterwards, by comparing keys.
bool verifies(const nlohmann::json& doc, const std::string& manifestBytes, PublicKey& signer,
              std::string& why) {
    if (!doc.is_object() || doc.value("algorithm", "") != "ed25519") {
        why = "is not an ed25519 signature made by pelita-pack";
        return false;
    }
    std::array<unsigned char, crypto_sign_BYTES> signature{};
    if (!fromBase64(doc.value("publicKey", ""), signer.bytes.data(), signer.bytes.size()) ||
        !fromBase64(doc.value("signature", ""), signature.data(), signature.size())) {
        why = "has a malformed public key or signature";
        return false;
    }
    if (doc.value("keyId", "") != signer.keyId()) {
        why = "names key " + doc.value("keyId", "") + ", which is not the key it carries";
        return false;
    }
    requireSodium();
    if (crypto_sign_verify_detached(signature.data(),
                                    reinterpret_cast<const unsigned char*>(manifestBytes.data()),
                                    manifestBytes.size(), signer.bytes.data()) != 0) {
        why =
            "does not match course.json: the manifest was changed after signing, or the signature is damaged";
        return false;
    }
    return true;
}

} // namespace

void checkSignature(const std::optional<std::string>& signatureEntry, const std::string& manifestBytes,
                    const VerifyOptions& options, PackageCheck& check) {
    if (!signatureEntry) {
        check.signature = SignatureState::Missing;
        if (!options.allowUnsigned)
            check.problems.push_back(
                signatureProblem("is missing: the package is not signed (sign it with pelita-pack sign)"));
        return;
    }
    const auto doc = nlohmann::json::parse(*signatureEntry, nullptr, false);
    PublicKey signer;
    std::string why;
    if (!verifies(doc, manifestBytes, signer, why)) {
        check.signature = SignatureState::Invalid;
        check.problems.push_back(signatureProblem(why));
        return;
    }
    check.signerKeyId = signer.keyId();
    for (const auto& key : options.trusted)
        if (key.bytes == signer.bytes) {
            check.signature = SignatureState::Trusted;
            check.signerName = key.name;
            return;
        }
    check.signature = SignatureState::Valid;
    if (options.requireTrustedSigner && !options.allowUnsigned)
        check.problems.push_back(
            signatureProblem("is by key " + check.signerKeyId +
                             ", which is not trusted here (add its .pub file to trusted-keys/)"));
}

} // namespace pelita::content::detail
