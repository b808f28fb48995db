#pragma once
// A kiosk that carries records by USB, for the server's bundle tests: its
// bundle signing key, registered with the server, and the bundles it writes
// (docs/protocol.md). Used by test_bundle_import.cpp and test_admin_bundles.cpp.
#include <catch2/catch.hpp>

#include <pelita/content/gzip.h>
#include <pelita/content/records_files.h>
#include <pelita/content/signed_document.h>

#include "pelita_fixture.h"
#include "uuid.h"

namespace pelita::test {

namespace content = pelita::content;
using nlohmann::json;

inline std::string gzip(const std::string& data) { return content::gzipCompress(data); }

// A kiosk with its bundle signing key, registered (key sent) with the server.
struct CarryingKiosk {
    content::SecretKey key = content::generateKey("test kiosk");
    pelita::server::NewCredential credential;

    // The signed bundle before compression, and the bundle file a kiosk writes (docs/protocol.md).
    std::string envelope(const json& statements) const {
        const json payload = {{"format", 1},
                              {"bundleId", pelita::server::newUuid()},
                              {"kiosk", {{"credentialKey", credential.key}, {"kioskId", "KIOS-SETDA-01"}}},
                              {"created", "2026-11-28T03:00:00.000Z"},
                              {"statements", statements}};
        return content::signDocument(key, content::kRecordsBundlePurpose, payload.dump());
    }
    std::string bundle(const json& statements) const { return gzip(envelope(statements)); }
};

// Registers s.kioskKey with a signing key; returns the receipt key the server answered with.
inline content::PublicKey registerWithKey(const PelitaServer& s, const CarryingKiosk& kiosk) {
    const json body = {{"kioskId", "KIOS-SETDA-01"}, {"name", "Kios Setda"}, {"opd", "Setda"},
                       {"appVersion", "0.1.0"}, {"signingKey", content::publicKeyText(kiosk.key.publicKey)}};
    auto res = s.kiosk().Post("/pelita/v1/kiosks/register", body.dump(), "application/json");
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 200);
    auto receiptKey = content::publicKeyFromText(json::parse(res->body).at("receiptKey").get<std::string>());
    REQUIRE(receiptKey);
    return *receiptKey;
}

inline json statements(std::size_t n) {
    json all = json::array();
    for (std::size_t i = 0; i < n; ++i)
        all.push_back(pelita::test::learnerStatement(pelita::test::kNipAni, pelita::server::newUuid()));
    return all;
}

// The receipt's payload, after checking it is signed with `receiptKey`.
inline json openReceipt(const std::string& body, const content::PublicKey& receiptKey) {
    auto opened = content::openSignedDocument(body, content::kRecordsReceiptPurpose);
    REQUIRE(opened);
    CHECK(content::sameKey(opened->signer, receiptKey));
    return json::parse(opened->payload);
}

} // namespace pelita::test
