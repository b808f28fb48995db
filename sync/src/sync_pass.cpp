#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/sync_pass.h>
#include <pelita/sync/sync_tuning.h>

#include <span>

namespace pelita::sync {
namespace {

class Pass {
public:
    Pass(SyncReport& report, RecordsStore& store, Transport& transport,
         const std::function<void(const SyncProgress&)>& onBatch, const KioskSettings& settings)
        : report_(report), store_(store), transport_(transport), onBatch_(onBatch),
          url_(settings.serverUrl + "/xapi/statements"), headers_{basicAuthHeader(settings.key, settings.secret)} {}

    void run() {
        while (true) {
            auto batch = store_.pendingStatements(tuning::kBatchSize);
            if (batch.empty()) break;
            if (!send(batch)) return;
            if (!report_.rejected.empty()) {
                report_.outcome = SyncOutcome::Rejected;
                report_.error = "The server refused " + std::to_string(report_.rejected.size()) +
                               " record(s) as invalid: " + report_.rejected.front().reason;
                return;
            }
        }
    }

private:
    SyncReport& report_;
    // Returns false when the pass must stop now.
    bool send(std::span<const OutboxItem> items) {
        std::string body = "[";
        for (const auto& item : items) {
            if (body.size() > 1) body += ',';
            body += item.body;
        }
        body += ']';
        HttpResult r = transport_.post(url_, headers_, body);
        if (!r.reached()) return stop(SyncOutcome::NoConnection, r.error);
        report_.reachedServer = true;
        if (r.status == 200 || r.status == 204) {
            std::vector<std::int64_t> seqs;
            for (const auto& item : items) seqs.push_back(item.seq);
            store_.markSent(seqs);
            report_.sent += items.size();
            if (onBatch_) onBatch_({report_.sent, store_.pendingCount()});
            return true;
        }
        if (r.status == 401 || r.status == 403)
            return stop(SyncOutcome::CredentialRefused,
                        "The server refused this kiosk's credential (wrong key or secret, or the kiosk was "
                        "revoked). Register the kiosk again.");
        if (r.status == 404)
            return stop(SyncOutcome::ServerError,
                        "The server does not accept records at " + url_ + " (HTTP 404). Check the server address.");
        if (r.status >= 400 && r.status < 500) {
            // Some statement in the batch is bad (or the batch too big): halve until we
            // find which, so the good ones still get through.
            if (items.size() == 1) {
                report_.rejected.push_back({items.front().statementId, reason(r)});
                return true;
            }
            auto half = items.size() / 2;
            return send(items.first(half)) && send(items.subspan(half));
        }
        return stop(SyncOutcome::ServerError,
                    "The server had a problem (HTTP " + std::to_string(r.status) + "). Pelita will try again later.");
    }

    static std::string reason(const HttpResult& r) {
        std::string text = r.body.substr(0, 300);
        return "HTTP " + std::to_string(r.status) + (text.empty() ? "" : ": " + text);
    }

    bool stop(SyncOutcome outcome, std::string error) {
        report_.outcome = outcome;
        report_.error = std::move(error);
        return false;
    }

    RecordsStore& store_;
    Transport& transport_;
    const std::function<void(const SyncProgress&)>& onBatch_;
    std::string url_;
    HttpHeaders headers_;
};

} // namespace

SyncReport runSyncPass(RecordsStore& store, Transport& transport,
                       const std::function<void(const SyncProgress&)>& onBatch) {
    SyncReport report;
    try {
        auto settings = KioskSettings::load(store);
        if (!settings.hasServer()) {
            report.outcome = SyncOutcome::NotConfigured;
        } else {
            Pass(report, store, transport, onBatch, settings).run();
        }
        report.remaining = store.pendingCount();
    } catch (const std::exception& e) {
        report.outcome = SyncOutcome::LocalError;
        report.error = std::string("The kiosk's records could not be read or updated: ") + e.what();
    }
    return report;
}

std::string describe(SyncOutcome outcome) {
    switch (outcome) {
    case SyncOutcome::Done: return "All records sent.";
    case SyncOutcome::NotConfigured: return "No server is set up; records are kept on this kiosk.";
    case SyncOutcome::NoConnection: return "No connection to the server; records are kept on this kiosk.";
    case SyncOutcome::CredentialRefused: return "The server refused this kiosk's credential.";
    case SyncOutcome::ServerError: return "The server had a problem; Pelita will try again later.";
    case SyncOutcome::Rejected: return "The server refused some records as invalid.";
    case SyncOutcome::LocalError: return "The kiosk's records could not be read.";
    }
    return "";
}

} // namespace pelita::sync
