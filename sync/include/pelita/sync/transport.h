#pragma once
// Transport: the HTTP the sync pass needs, behind an interface so tests can use a
// fake one. Implementations report failure as values, never by throwing.
//
// Threads: one Transport is used by one thread at a time (the sync actor's).
#include <cstddef>
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
