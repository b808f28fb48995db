#pragma once
// Queue health for the server's dashboard: every request a kiosk makes with its
// credential carries
//   X-Pelita-Queue: waiting=12; quarantined=1; oldest-age=5400
// (results waiting to be confirmed, results the server refused and the trainer
// has not released, and the seconds the oldest waiting result has waited; no
// oldest-age when nothing waits). docs/protocol.md "Queue health".
//
// Threads: as the wrapped transport and the store (the sync actor's thread).
#include <pelita/sync/records_store.h>
#include <pelita/sync/transport.h>

#include <cstdint>
#include <string>

namespace pelita::sync {

inline constexpr const char* kQueueHeader = "X-Pelita-Queue";

// The header's value for the outbox in `store` at `nowMs`.
std::string queueReport(const RecordsStore& store, std::int64_t nowMs);

// Another Transport whose requests carry X-Pelita-Queue, read from `store`
// just before each one, so the server hears how the queue stands as it
// drains. The open connection probe carries nothing: it has no credential.
class QueueReportingTransport final : public Transport {
public:
    QueueReportingTransport(Transport& inner, const RecordsStore& store) : inner_(inner), store_(store) {}

    HttpResult post(const std::string& url, const HttpHeaders& headers, const std::string& body) override {
        return inner_.post(url, withReport(headers), body);
    }
    HttpResult get(const std::string& url, const HttpHeaders& headers) override {
        return inner_.get(url, withReport(headers));
    }
    HttpResult getTo(const std::string& url, const HttpHeaders& headers, const BodySink& sink) override {
        return inner_.getTo(url, withReport(headers), sink);
    }
    HttpResult probe(const std::string& url) override { return inner_.probe(url); }
    void configure(const LinkSettings& link) override { inner_.configure(link); }
    void cancel() override { inner_.cancel(); }

private:
    HttpHeaders withReport(HttpHeaders headers) const;
    Transport& inner_;
    const RecordsStore& store_;
};

} // namespace pelita::sync
