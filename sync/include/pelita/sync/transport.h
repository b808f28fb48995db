#pragma once
// Transport: the HTTP the sync pass needs, behind an interface so tests can use a
// fake one. Implementations report failure as values, never by throwing.
//
// Threads: one Transport is used by one thread at a time (the sync actor's).
#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace pelita::sync {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct HttpResult {
    int status = 0;       // HTTP status; 0 = the server was not reached
    std::string body;
    std::string error;    // plain words when status is 0; empty otherwise
    int retryAfterSeconds = -1;     // the server's Retry-After (seconds form), -1 = none
    std::size_t wireBytesSent = 0;  // request body bytes as they went on the wire (compressed)
    std::string etag{};             // the answer's ETag header as sent (quoted); empty = none

    bool reached() const { return status != 0; }
};

// How this kiosk's link may be used, from KioskSettings; applies from the next request.
struct LinkSettings {
    std::string caBundle;                // extra CA certificates (PEM file); empty = the system's store
    std::size_t maxBytesPerSecond = 0;   // each direction; 0 = no cap
};

class Transport {
public:
    virtual ~Transport() = default;
    // POSTs `body` as JSON. The implementation may compress it on the wire.
    virtual HttpResult post(const std::string& url, const HttpHeaders& headers, const std::string& body) = 0;
    virtual HttpResult get(const std::string& url, const HttpHeaders& headers) = 0;
    // A GET whose 2xx body goes to `sink` chunk by chunk as it arrives, with the
    // status (200 or 206 matter to downloads), for bodies too large to hold in
    // memory; a false return stops the transfer, which then fails. Other answers'
    // bodies come back in HttpResult::body as usual. This default reads the whole
    // body first, which suits fakes.
    using BodySink = std::function<bool(int status, const char* data, std::size_t size)>;
    virtual HttpResult getTo(const std::string& url, const HttpHeaders& headers, const BodySink& sink) {
        HttpResult result = get(url, headers);
        if (result.status / 100 == 2) {
            if (!sink(result.status, result.body.data(), result.body.size())) result = HttpResult{0, {}, "Stopped while saving."};
            result.body.clear();
        }
        return result;
    }
    // A cheap "is the server there?" request with short timeouts (see tuning::kProbe*),
    // used while offline to notice the link is back.
    virtual HttpResult probe(const std::string& url) { return get(url, {}); }
    virtual void configure(const LinkSettings&) {}

    // Makes the request in progress, and every later one, fail at once (status 0).
    // The one method any thread may call: the engine's owner uses it so that
    // stopping never waits out a stalled 2G link.
    virtual void cancel() {}
};

// "Authorization: Basic base64(key:secret)", the kiosk credential as xAPI LRSs expect it.
std::pair<std::string, std::string> basicAuthHeader(const std::string& key, const std::string& secret);

} // namespace pelita::sync
