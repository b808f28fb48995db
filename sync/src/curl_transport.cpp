#include <pelita/sync/curl_transport.h>
#include <pelita/sync/sync_tuning.h>

#include <pelita/content/gzip.h>

#include <curl/curl.h>

#include <cctype>
#include <charconv>
#include <algorithm>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace pelita::sync {
namespace {

// Where a response body goes: a 2xx body to the caller's sink when there is one,
// anything else into the result (an error page stays readable).
struct BodyTarget {
    CURL* curl;
    std::string* body;
    const Transport::BodySink* sink;
};

size_t appendBody(char* data, size_t size, size_t count, void* out) {
    const auto* target = static_cast<BodyTarget*>(out);
    if (target->sink) {
        long status = 0;
        curl_easy_getinfo(target->curl, CURLINFO_RESPONSE_CODE, &status);
        if (status / 100 == 2)
            return (*target->sink)(static_cast<int>(status), data, size * count) ? size * count : 0;
    }
    target->body->append(data, size * count);
    return size * count;
}

// What a trainer can act on, instead of libcurl's jargon.
std::string plainWords(CURLcode code, const char* detail) {
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return "No connection: the server name could not be found (no internet, or the address is wrong).";
    case CURLE_COULDNT_CONNECT:
        return "No connection: the server did not answer (it may be down, or the address is wrong).";
    case CURLE_OPERATION_TIMEDOUT:
        return "No connection: the link is too slow or dropped (timed out).";
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return "Secure connection failed: the server's certificate was not accepted.";
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
        return "The connection broke while talking to the server.";
    case CURLE_ABORTED_BY_CALLBACK:
        return "Stopped: sync was cancelled because the kiosk is closing.";
    case CURLE_WRITE_ERROR:
        return "Stopped: the download could not be saved on this kiosk (is the disk full?).";
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return "The server address is not a valid http:// or https:// address.";
    default:
        return std::string("Network error: ") + (detail && *detail ? detail : curl_easy_strerror(code));
    }
}

// Keeps the delay-seconds form of Retry-After (RFC 9110 10.2.3). The HTTP-date form
// is left unread: our server and common proxies send seconds, and a wrong date
// would only make the engine fall back to its own backoff.
// Also keeps the ETag, which the resume-state exchange sends back as If-Match.
size_t readRetryAfter(char* data, size_t size, size_t count, void* out) {
    auto* result = static_cast<HttpResult*>(out);
    std::string_view line(data, size * count);
    auto valueOf = [&](std::string_view name) -> std::optional<std::string_view> {
        if (line.size() <= name.size()) return std::nullopt;
        std::string lower(line.substr(0, name.size()));
        for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower != name) return std::nullopt;
        auto value = line.substr(name.size());
        while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
            value.remove_suffix(1);
        return value;
    };
    if (const auto value = valueOf("retry-after:")) {
        int seconds = -1;
        auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), seconds);
        if (ec == std::errc() && seconds >= 0) result->retryAfterSeconds = seconds;
    } else if (const auto tag = valueOf("etag:")) {
        result->etag = std::string(*tag);
    }
    return size * count;
}

// libcurl calls this often during a transfer; a non-zero return aborts it.
int abortIfCancelled(void* cancelled, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    return static_cast<std::atomic<bool>*>(cancelled)->load() ? 1 : 0;
}

} // namespace

CurlTransport::CurlTransport(CurlOptions options) : options_(std::move(options)) {
    // curl_global_init is not thread-safe in older libcurl; do it once, whoever comes first.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    curl_ = curl_easy_init();
    if (!curl_) throw std::runtime_error("cannot start the network library (libcurl)");
}

CurlTransport::~CurlTransport() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

HttpResult CurlTransport::post(const std::string& url, const HttpHeaders& headers, const std::string& body) {
    return perform(url, headers, &body, false);
}

HttpResult CurlTransport::get(const std::string& url, const HttpHeaders& headers) {
    return perform(url, headers, nullptr, false);
}

HttpResult CurlTransport::getTo(const std::string& url, const HttpHeaders& headers, const BodySink& sink) {
    return perform(url, headers, nullptr, false, &sink);
}

HttpResult CurlTransport::probe(const std::string& url) { return perform(url, {}, nullptr, true); }

void CurlTransport::configure(const LinkSettings& link) {
    options_.caBundle = std::filesystem::u8path(link.caBundle);
    options_.maxBytesPerSecond = link.maxBytesPerSecond;
}

HttpResult CurlTransport::perform(const std::string& url, const HttpHeaders& headers, const std::string* body,
                                  bool probe, const BodySink* sink) {
    if (cancelled_) return HttpResult{0, {}, plainWords(CURLE_ABORTED_BY_CALLBACK, nullptr)};
    CURL* curl = static_cast<CURL*>(curl_);
    // Reset options but keep the handle: its connection cache saves a TLS handshake per batch.
    curl_easy_reset(curl);
    HttpResult result;
    char errbuf[CURL_ERROR_SIZE] = {};
    std::string wireBody;
    curl_slist* list = nullptr;
    for (const auto& [name, value] : headers) list = curl_slist_append(list, (name + ": " + value).c_str());
    list = curl_slist_append(list, "X-Experience-API-Version: 1.0.3");
    if (body) {
        wireBody = content::gzipCompress(*body);
        list = curl_slist_append(list, "Content-Type: application/json");
        list = curl_slist_append(list, "Content-Encoding: gzip");
        // No "Expect: 100-continue": on 2G its extra round trip costs a second per batch.
        list = curl_slist_append(list, "Expect:");
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, wireBody.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(wireBody.size()));
    }
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    BodyTarget target{curl, &result.body, sink};
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &target);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");     // any encoding libcurl can decode
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);            // we run on a worker thread
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);          // so that cancel() is noticed mid-transfer
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, abortIfCancelled);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &cancelled_);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options_.caBundle.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, options_.caBundle.string().c_str());
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, readRetryAfter);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &result);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, tuning::kLowSpeedLimitBytesPerSecond);
    if (probe) {
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, std::min(tuning::kProbeConnectTimeoutSeconds,
                                                                options_.connectTimeoutSeconds));
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, tuning::kProbeTotalTimeoutSeconds);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, options_.lowSpeedTimeSeconds);
    } else {
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, options_.connectTimeoutSeconds);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, options_.lowSpeedTimeSeconds);
    }
    if (options_.maxBytesPerSecond > 0) {
        const auto cap = static_cast<curl_off_t>(options_.maxBytesPerSecond);
        curl_easy_setopt(curl, CURLOPT_MAX_SEND_SPEED_LARGE, cap);
        curl_easy_setopt(curl, CURLOPT_MAX_RECV_SPEED_LARGE, cap);
    }
    // Proxy: nothing to set. libcurl reads http_proxy / https_proxy / no_proxy (and
    // their upper-case forms, except HTTP_PROXY) itself; curl_easy_reset keeps that.

    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(list);
    if (rc != CURLE_OK) {
        result.body.clear();
        result.retryAfterSeconds = -1;
        result.etag.clear();
        result.error = plainWords(rc, errbuf);
        return result;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    result.status = static_cast<int>(status);
    curl_off_t uploaded = 0;
    curl_easy_getinfo(curl, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    result.wireBytesSent = static_cast<std::size_t>(uploaded);
    return result;
}

} // namespace pelita::sync
