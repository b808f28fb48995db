// Attachments as multipart/mixed (Communication 1.5.2, 2.1.3) and signed
// statements (Data 2.6), over HTTP.
#include <memory>

#include <catch2/catch.hpp>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <sodium.h>

#include "lrs_fixture.h"
#include "sha2.h"

using nlohmann::json;
using pelita::test::learnerStatement;
using pelita::test::RunningLrs;

namespace {

const std::string kBoundary = "abcABC0123456789";

struct Part {
    std::string contentType, bytes, hash;
    std::string encoding = "binary";
};

std::string multipart(const json& statements, const std::vector<Part>& parts) {
    std::string body = "--" + kBoundary + "\r\nContent-Type: application/json\r\n\r\n" + statements.dump() + "\r\n";
    for (const auto& p : parts)
        body += "--" + kBoundary + "\r\nContent-Type: " + p.contentType + "\r\nContent-Transfer-Encoding: " +
                p.encoding + "\r\nX-Experience-API-Hash: " + p.hash + "\r\n\r\n" + p.bytes + "\r\n";
    return body + "--" + kBoundary + "--";
}

httplib::Result postMultipart(const RunningLrs& lrs, const std::string& body) {
    return lrs.client().Post("/xapi/statements", body, ("multipart/mixed; boundary=" + kBoundary).c_str());
}

json attachmentFor(const std::string& bytes, const std::string& usage = "http://id.example.org/certificate",
                   const std::string& type = "application/pdf") {
    return {{"usageType", usage}, {"display", {{"id-ID", "sertifikat"}}}, {"contentType", type},
            {"length", bytes.size()}, {"sha2", *pelita::server::sha2Hex(bytes, 64)}};
}

std::string base64(const std::string& bytes, int variant) {
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), variant), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), variant);
    out.resize(out.find('\0'));
    return out;
}

// An RSA key with a self-signed certificate, made fresh for the test.
struct Signer {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key{EVP_RSA_gen(2048), EVP_PKEY_free};
    std::string certificateDer() const {
        std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
        X509_set_version(cert.get(), 2);
        X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
        X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600);
        X509_set_pubkey(cert.get(), key.get());
        X509_sign(cert.get(), key.get(), EVP_sha256());
        unsigned char* der = nullptr;
        const int length = i2d_X509(cert.get(), &der);
        std::string out(reinterpret_cast<char*>(der), static_cast<size_t>(length));
        OPENSSL_free(der);
        return out;
    }
    std::string jws(const json& payload, const std::string& alg = "RS256") const {
        const int url = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
        const json header{{"alg", alg}, {"x5c", {base64(certificateDer(), sodium_base64_VARIANT_ORIGINAL)}}};
        const std::string input = base64(header.dump(), url) + "." + base64(payload.dump(), url);
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        const EVP_MD* md = alg == "RS512" ? EVP_sha512() : alg == "RS384" ? EVP_sha384() : EVP_sha256();
        EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key.get());
        size_t length = 0;
        EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(input.data()), input.size());
        std::string signature(length, '\0');
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(input.data()), input.size());
        signature.resize(length);
        return input + "." + base64(signature, url);
    }
};

json signedStatement(const Signer& signer, const std::string& alg, std::string& jwsOut) {
    auto s = learnerStatement("1", "abababab-0000-4000-8000-000000000001");
    jwsOut = signer.jws(s, alg);
    s["attachments"] = json::array({attachmentFor(jwsOut, "http://adlnet.gov/expapi/attachments/signature",
                                                  "application/octet-stream")});
    return s;
}

} // namespace

TEST_CASE("a statement with its attachment as a multipart part, and back", "[server][attachments]") {
    RunningLrs lrs;
    const std::string pdf = "%PDF-1.4 sertifikat\r\n--not-a-boundary\r\n\x01\x02";
    auto s = learnerStatement("1");
    s["attachments"] = json::array({attachmentFor(pdf)});
    auto res = postMultipart(lrs, multipart(s, {{"application/pdf", pdf, *pelita::server::sha2Hex(pdf, 64)}}));
    REQUIRE(res->status == 200);

    auto got = lrs.client().Get("/xapi/statements?attachments=true");
    REQUIRE(got->status == 200);
    const auto type = got->get_header_value("Content-Type");
    CHECK(type.rfind("multipart/mixed; boundary=", 0) == 0);
    CHECK(got->body.find("X-Experience-API-Hash: " + *pelita::server::sha2Hex(pdf, 64)) != std::string::npos);
    CHECK(got->body.find("\r\n\r\n" + pdf + "\r\n--") != std::string::npos);
    // Without attachments=true the reply is plain JSON.
    CHECK(lrs.client().Get("/xapi/statements")->get_header_value("Content-Type") == "application/json");
}

TEST_CASE("bad multipart requests are 400 and store nothing", "[server][attachments]") {
    RunningLrs lrs;
    const std::string pdf = "%PDF-1.4";
    const auto hash = *pelita::server::sha2Hex(pdf, 64);
    auto s = learnerStatement("1");
    s["attachments"] = json::array({attachmentFor(pdf)});
    SECTION("no part and no fileUrl") { CHECK(lrs.post(s)->status == 400); }
    SECTION("no part for the attachment") { CHECK(postMultipart(lrs, multipart(s, {}))->status == 400); }
    SECTION("content that does not match its hash") {
        CHECK(postMultipart(lrs, multipart(s, {{"application/pdf", "other", hash}}))->status == 400);
    }
    SECTION("a part no attachment names") {
        const std::string extra = "extra";
        CHECK(postMultipart(lrs, multipart(s, {{"application/pdf", pdf, hash},
                                               {"text/plain", extra, *pelita::server::sha2Hex(extra, 64)}}))
                  ->status == 400);
    }
    SECTION("missing Content-Transfer-Encoding: binary") {
        Part part{"application/pdf", pdf, hash};
        part.encoding = "base64";
        CHECK(postMultipart(lrs, multipart(s, {part}))->status == 400);
    }
    SECTION("no closing boundary") {
        auto body = multipart(s, {{"application/pdf", pdf, hash}});
        body.resize(body.size() - 2);
        CHECK(postMultipart(lrs, body.substr(0, body.rfind("--" + kBoundary)))->status == 400);
    }
    SECTION("multipart without a boundary") {
        CHECK(lrs.client().Post("/xapi/statements", "x", "multipart/mixed")->status == 400);
    }
    CHECK(lrs.getList("")["statements"].empty());
}

TEST_CASE("signed statements: RS256/384/512 verify; tampering is refused", "[server][attachments][signature]") {
    RunningLrs lrs;
    Signer signer;
    REQUIRE(signer.key);
    std::string jws;
    for (const char* alg : {"RS256", "RS384", "RS512"}) {
        INFO(alg);
        RunningLrs fresh;
        auto s = signedStatement(signer, alg, jws);
        const auto hash = s["attachments"][0]["sha2"].get<std::string>();
        CHECK(postMultipart(fresh, multipart(s, {{"application/octet-stream", jws, hash}}))->status == 200);
    }
    auto s = signedStatement(signer, "RS256", jws);
    const auto hash = s["attachments"][0]["sha2"].get<std::string>();
    SECTION("a payload that differs from the statement") {
        auto changed = s;
        changed["result"]["success"] = false;
        CHECK(postMultipart(lrs, multipart(changed, {{"application/octet-stream", jws, hash}}))->status == 400);
    }
    SECTION("a signature that does not verify") {
        auto broken = jws;
        broken[broken.size() - 5] = broken[broken.size() - 5] == 'A' ? 'B' : 'A';
        auto t = s;
        t["attachments"][0]["sha2"] = *pelita::server::sha2Hex(broken, 64);
        auto res = postMultipart(lrs, multipart(t, {{"application/octet-stream", broken, t["attachments"][0]["sha2"]}}));
        CHECK(res->status == 400);
        CHECK(json::parse(res->body)["error"].get<std::string>().find("does not verify") != std::string::npos);
    }
    SECTION("a malformed JWS") {
        const std::string junk = "not.a-jws";
        auto t = s;
        t["attachments"][0]["sha2"] = *pelita::server::sha2Hex(junk, 64);
        CHECK(postMultipart(lrs, multipart(t, {{"application/octet-stream", junk, t["attachments"][0]["sha2"]}}))
                  ->status == 400);
    }
    SECTION("an algorithm other than RS*") {
        const std::string none = base64(R"({"alg":"none"})", sodium_base64_VARIANT_URLSAFE_NO_PADDING) + "." +
                                 base64(learnerStatement("1").dump(), sodium_base64_VARIANT_URLSAFE_NO_PADDING) + ".c2ln";
        auto t = s;
        t["attachments"][0]["sha2"] = *pelita::server::sha2Hex(none, 64);
        auto res = postMultipart(lrs, multipart(t, {{"application/octet-stream", none, t["attachments"][0]["sha2"]}}));
        CHECK(res->status == 400);
        CHECK(json::parse(res->body)["error"].get<std::string>().find("RS256") != std::string::npos);
    }
    CHECK(lrs.getList("")["statements"].empty());
}
