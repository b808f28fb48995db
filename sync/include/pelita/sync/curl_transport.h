#pragma once
// CurlTransport: the real Transport, over libcurl. POST bodies go gzip-compressed
// ("Content-Encoding: gzip") as JSON with "X-Experience-API-Version: 1.0.3".
// TLS certificates are always verified, against the system's store or the CA bundle
// given. Proxies come from the usual environment variables (http_proxy, https_proxy,
// no_proxy), which libcurl honours by default and this class leaves alone.
//
// Threads: one instance per thread (it owns a curl handle); cancel() from any thread.
#include <pelita/sync/sync_tuning.h>
#include <pelita/sync/transport.h>

#include <atomic>
#include <filesystem>
#include <memory>

namespace pelita::sync {

struct CurlOptions {
    std::filesystem::path caBundle;   // extra CA certificates (PEM); empty = the system's store
    std::size_t maxBytesPerSecond = 0; // each direction; 0 = no cap
    // Tests of stalled links shorten these; the kiosk keeps the 2G defaults.
    long connectTimeoutSeconds = tuning::kConnectTimeoutSeconds;
    long lowSpeedTimeSeconds = tuning::kLowSpeedTimeSeconds;
};

class CurlTransport final : public Transport {
public:
    explicit CurlTransport(CurlOptions options = {});
    ~CurlTransport() override;
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    HttpResult post(const std::string& url, const HttpHeaders& headers, const std::string& body) override;
    HttpResult get(const std::string& url, const HttpHeaders& headers) override;
    HttpResult getTo(const std::string& url, const HttpHeaders& headers, const BodySink& sink) override;
    HttpResult probe(const std::string& url) override;
    void configure(const LinkSettings& link) override;
    void cancel() override { cancelled_ = true; }

private:
    HttpResult perform(const std::string& url, const HttpHeaders& headers, const std::string* body, bool probe,
                       const BodySink* sink = nullptr);
    CurlOptions options_;
    void* curl_;   // CURL*, kept out of this header so users need not include curl.h
    std::atomic<bool> cancelled_{false};
};

} // namespace pelita::sync
