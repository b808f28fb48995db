#pragma once
// A signed document: what a kiosk's USB records bundle and the server's receipt
// for it are wrapped in (docs/protocol.md, "Records carried by hand"). It lives
// here because both the kiosk and pelita-server read and write it, and this is
// the one library they share. The envelope is JSON:
//   {"purpose": P, "signerKey": <base64 Ed25519 public key>,
//    "signature": <base64 Ed25519 over P + "\n" + payload>, "payload": <text>}
// The purpose is signed too, so a receipt can never pass for a bundle.
// Any thread.
#include <pelita/content/expected.h>
#include <pelita/content/package_keys.h>

#include <optional>
#include <string>
#include <string_view>

namespace pelita::content {

struct SignedDocument {
    std::string purpose;
    std::string payload;   // exactly the bytes that were signed
    PublicKey signer;      // the key the signature verified with; the caller decides whether it trusts it
};

// The envelope's JSON text for `payload`, signed with `key`.
std::string signDocument(const SecretKey& key, const std::string& purpose, const std::string& payload);

// Parses the envelope, checks that its purpose is `purpose` and that its
// signature verifies with the key it names. The error is a sentence for the
// user ("the signature does not match: the file was changed after it was signed").
Expected<SignedDocument, std::string> openSignedDocument(std::string_view envelope, const std::string& purpose);

// Whether two public keys are the same key.
bool sameKey(const PublicKey& a, const PublicKey& b);

// A public key as the envelope and the server's records write it (base64 of its
// 32 bytes), and back; nothing when the text is not such a key.
std::string publicKeyText(const PublicKey& key);
std::optional<PublicKey> publicKeyFromText(const std::string& text);

} // namespace pelita::content
