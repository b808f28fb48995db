#include <pelita/sync/curl_transport.h>
#include <pelita/sync/sync_tuning.h>

#include "gzip.h"

#include <curl/curl.h>

#include <mutex>
#include <stdexcept>

namespace pelita::sync {
namespace {

size_t appendBody(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
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
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return "The server address is not a valid http:// or https:// address.";
    default:
        return std::string("Network error: ") + (detail && *detail ? detail : curl_easy_strerror(code));
    }
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
    return perform(url, headers, &body);
}

HttpResult CurlTransport::get(const std::string& url, const HttpHeaders& headers) {
    return perform(url, headers, nullptr);
}

HttpResult CurlTransport::perform(const std::string& url, const HttpHeaders& headers, const std::string* body) {
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
        wireBody = gzipCompress(*body);
        list = curl_slist_append(list, "Content-Type: application/json");
        list = curl_slist_append(list, "Content-Encoding: gzip");
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, wireBody.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(wireBody.size()));
    }
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &result.body);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");     // any encoding libcurl can decode
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);            // we run on a worker thread
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);          // so that cancel() is noticed mid-transfer
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, abortIfCancelled);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &cancelled_);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options_.caBundle.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, options_.caBundle.string().c_str());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, tuning::kConnectTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, tuning::kLowSpeedLimitBytesPerSecond);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, tuning::kLowSpeedTimeSeconds);
    // Proxy: nothing to set. libcurl reads http_proxy / https_proxy / no_proxy itself.

    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(list);
    if (rc != CURLE_OK) {
        result.body.clear();
        result.error = plainWords(rc, errbuf);
        return result;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    result.status = static_cast<int>(status);
    return result;
}

} // namespace pelita::sync
