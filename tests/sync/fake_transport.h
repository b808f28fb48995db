#pragma once
// FakeTransport: answers each POST with whatever `respond` decides, and remembers
// every request. Thread-safe, so the engine's thread may use it while a test reads.
#include <pelita/sync/transport.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <mutex>
#include <vector>

namespace pelita::test {

struct RecordedRequest {
    std::string url;
    sync::HttpHeaders headers;
    nlohmann::json body;
};

class FakeTransport final : public sync::Transport {
public:
    using Responder = std::function<sync::HttpResult(const RecordedRequest&)>;
    explicit FakeTransport(Responder respond) : respond_(std::move(respond)) {}

    sync::HttpResult post(const std::string& url, const sync::HttpHeaders& headers, const std::string& body) override {
        RecordedRequest r{url, headers, nlohmann::json::parse(body)};
        std::lock_guard lock(mutex_);
        requests_.push_back(r);
        return respond_(r);
    }
    sync::HttpResult get(const std::string& url, const sync::HttpHeaders& headers) override {
        RecordedRequest r{url, headers, nullptr};
        std::lock_guard lock(mutex_);
        requests_.push_back(r);
        return respond_(r);
    }

    std::vector<RecordedRequest> requests() const {
        std::lock_guard lock(mutex_);
        return requests_;
    }

    static sync::HttpResult ok() { return {200, "[]", ""}; }
    static sync::HttpResult offline() { return {0, "", "No connection: the server did not answer."}; }

private:
    Responder respond_;
    mutable std::mutex mutex_;
    std::vector<RecordedRequest> requests_;
};

} // namespace pelita::test
