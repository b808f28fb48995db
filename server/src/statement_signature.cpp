#include "statement_signature.h"

#include <memory>

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <sodium.h>

#include "statement_ingest.h"
#include "uuid.h"

namespace pelita::server {

using nlohmann::json;

namespace {

std::optional<std::string> fromBase64(const std::string& text, int variant) {
    std::string out(text.size(), '\0');
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &length, nullptr, variant) != 0)
        return std::nullopt;
    out.resize(length);
    return out;
}

// The statement as both sides must agree on it: no attachments, nothing the LRS sets.
std::string signedForm(json statement) {
    statement.erase("attachments");
    return comparisonForm(statement);
}

bool verifies(const std::string& certificateDer, const EVP_MD* md, const std::string& signingInput,
              const std::string& signature) {
    const auto* der = reinterpret_cast<const unsigned char*>(certificateDer.data());
    std::unique_ptr<X509, decltype(&X509_free)> cert(d2i_X509(nullptr, &der, static_cast<long>(certificateDer.size())),
                                                     X509_free);
    if (!cert) return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(X509_get_pubkey(cert.get()), EVP_PKEY_free);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA) return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key.get()) != 1) return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                            reinterpret_cast<const unsigned char*>(signingInput.data()), signingInput.size()) == 1;
}

} // namespace

std::optional<std::string> checkStatementSignature(const json& statement, const std::string& jws,
                                                   const std::string& path) {
    const auto first = jws.find('.'), second = jws.find('.', first == std::string::npos ? 0 : first + 1);
    if (first == std::string::npos || second == std::string::npos || jws.find('.', second + 1) != std::string::npos)
        return path + ": not a JWS in compact form (header.payload.signature)";
    const int urlSafe = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    auto headerText = fromBase64(jws.substr(0, first), urlSafe);
    auto payloadText = fromBase64(jws.substr(first + 1, second - first - 1), urlSafe);
    auto signature = fromBase64(jws.substr(second + 1), urlSafe);
    if (!headerText || !payloadText || !signature || signature->empty())
        return path + ": JWS parts must be base64url without padding";
    const json header = json::parse(*headerText, nullptr, false);
    const json payload = json::parse(*payloadText, nullptr, false);
    if (!header.is_object() || !payload.is_object()) return path + ": JWS header and payload must be JSON objects";
    const auto alg = header.value("alg", json()).is_string() ? header["alg"].get<std::string>() : "";
    const EVP_MD* md = alg == "RS256" ? EVP_sha256() : alg == "RS384" ? EVP_sha384() : alg == "RS512" ? EVP_sha512() : nullptr;
    if (!md) return path + ": JWS alg must be RS256, RS384 or RS512";
    if (payload.contains("id") && statement.contains("id") &&
        (!payload["id"].is_string() || canonicalUuid(payload["id"].get<std::string>()) !=
                                            canonicalUuid(statement["id"].get<std::string>())))
        return path + ": the JWS payload is a statement with another id";
    if (signedForm(payload) != signedForm(statement)) return path + ": the JWS payload does not match the statement";
    auto chain = header.find("x5c");
    if (chain == header.end()) return std::nullopt; // nothing to verify against; the form is right
    if (!chain->is_array() || chain->empty() || !(*chain)[0].is_string())
        return path + ": JWS x5c must be an array of base64 certificates";
    auto der = fromBase64((*chain)[0].get<std::string>(), sodium_base64_VARIANT_ORIGINAL);
    if (!der) return path + ": JWS x5c[0] is not base64";
    if (!verifies(*der, md, jws.substr(0, second), *signature))
        return path + ": the JWS signature does not verify against its x5c certificate";
    return std::nullopt;
}

} // namespace pelita::server
