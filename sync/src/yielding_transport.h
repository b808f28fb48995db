#pragma once
// YieldingTransport: another Transport whose streamed GETs stop as soon as
// `shouldYield` says so, after the chunk in hand is saved. The pull pass wraps the
// engine's transport in one, so a long download never holds results back.
// Threads: as the wrapped transport.
#include <pelita/sync/transport.h>

#include <functional>

namespace pelita::sync {

class YieldingTransport final : public Transport {
public:
    YieldingTransport(Transport& inner, std::function<bool()> shouldYield)
        : inner_(inner), shouldYield_(std::move(shouldYield)) {}

    HttpResult post(const std::string& url, const HttpHeaders& headers, const std::string& body) override {
        return inner_.post(url, headers, body);
    }
    HttpResult get(const std::string& url, const HttpHeaders& headers) override { return inner_.get(url, headers); }
    HttpResult getTo(const std::string& url, const HttpHeaders& headers, const BodySink& sink) override {
        return inner_.getTo(url, headers, [&](int status, const char* data, std::size_t size) {
            if (!sink(status, data, size)) return false;
            if (shouldYield_ && shouldYield_()) yielded_ = true;
            return !yielded_;
        });
    }
    HttpResult probe(const std::string& url) override { return inner_.probe(url); }
    void configure(const LinkSettings& link) override { inner_.configure(link); }
    void cancel() override { inner_.cancel(); }

    // The last transfer stopped because `shouldYield` asked, not because it failed.
    bool yielded() const { return yielded_; }

private:
    Transport& inner_;
    std::function<bool()> shouldYield_;
    bool yielded_ = false;
};

} // namespace pelita::sync
