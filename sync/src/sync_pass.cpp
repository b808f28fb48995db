#include <pelita/sync/clock.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/sync_pass.h>
#include <pelita/sync/sync_tuning.h>

#include <nlohmann/json.hpp>

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
        }
        report_.outcome = SyncOutcome::Done;
        store_.setSetting(kLastSuccessSetting, std::to_string(nowMs()));
    }

private:
    // Returns false when the pass must stop now.
    bool send(std::span<const OutboxItem> items) {
        std::string body = "[";
        for (const auto& item : items) {
            if (body.size() > 1) body += ',';
            body += item.body;
        }
        body += ']';
        HttpResult r = transport_.post(url_, headers_, body);
        ++report_.requests;
        report_.rawBytes += body.size();
        report_.wireBytes += r.wireBytesSent;
        if (!r.reached()) return stop(SyncOutcome::NoConnection, r.error);
        report_.reachedServer = true;
        if (r.status == 200 && !confirms(r)) {
            // libcurl reports a 200 whose headers or body were cut off by a dropped link;
            // the server did store the batch, but only a whole answer counts. The batch
            // goes again next time, harmlessly.
            return stop(SyncOutcome::NoConnection,
                        "The connection broke while the server answered; the records will be sent again.");
        }
        if (r.status == 200 || r.status == 204) {
            std::vector<std::int64_t> seqs;
            for (const auto& item : items) seqs.push_back(item.seq);
            store_.markSent(seqs);
            report_.sent += items.size();
            refusedInARow_ = 0;
            progress();
            return true;
        }
        if (r.status == 401 || r.status == 403)
            return stop(SyncOutcome::CredentialRefused,
                        "The server refused this kiosk's credential (wrong key or secret, or the kiosk was "
                        "revoked). Register the kiosk again.");
        // 400: some statement is invalid; 409: some id is taken by another statement;
        // 413: the batch is too big for a proxy on the way. Halve to find which.
        const bool refusesStatement = r.status == 400 || r.status == 409;
        if (items.size() > 1 && (refusesStatement || r.status == 413)) {
            auto half = items.size() / 2;
            return send(items.first(half)) && send(items.subspan(half));
        }
        if (refusesStatement) return quarantine(items.front(), r);
        if (r.status == 429 || r.status == 503) {
            report_.retryAfterSeconds = r.retryAfterSeconds;
            return stop(SyncOutcome::ServerBusy, "The server is busy (HTTP " + std::to_string(r.status) + ")" +
                                                     (r.retryAfterSeconds >= 0 ? " and asked to wait " +
                                                          std::to_string(r.retryAfterSeconds) + " s" : "") +
                                                     ". Pelita will try again later.");
        }
        if (r.status == 404)
            return stop(SyncOutcome::ServerError,
                        "The server does not accept records at " + url_ + " (HTTP 404). Check the server address.");
        return stop(SyncOutcome::ServerError,
                    "The server had a problem (" + reason(r) + "). Pelita will try again later.");
    }

    bool quarantine(const OutboxItem& item, const HttpResult& r) {
        if (++refusedInARow_ > tuning::kQuarantineStreakLimit)
            return stop(SyncOutcome::ServerError,
                        "The server refused " + std::to_string(tuning::kQuarantineStreakLimit) +
                            " records in a row and accepted none; this looks like a server or proxy problem, "
                            "not bad records (" + reason(r) + "). The rest stay in the outbox.");
        store_.quarantine(item.seq, reason(r), r.status);
        report_.quarantined.push_back({item.statementId, reason(r), r.status});
        progress();
        return true;
    }

    void progress() {
        if (onBatch_) onBatch_({report_.sent, store_.pendingCount(), store_.quarantineCount(), report_.wireBytes});
    }

    // xAPI answers a POST with the array of the stored statements' ids.
    static bool confirms(const HttpResult& r) { return nlohmann::json::parse(r.body, nullptr, false).is_array(); }

    // The server's own words: xAPI LRSs answer {"error": "..."}; anything else is cut short.
    static std::string reason(const HttpResult& r) {
        auto parsed = nlohmann::json::parse(r.body, nullptr, false);
        std::string text = parsed.is_object() && parsed.contains("error") && parsed["error"].is_string()
                               ? parsed["error"].get<std::string>()
                               : r.body.substr(0, 300);
        return "HTTP " + std::to_string(r.status) + (text.empty() ? "" : ": " + text);
    }

    bool stop(SyncOutcome outcome, std::string error) {
        report_.outcome = outcome;
        report_.error = std::move(error);
        return false;
    }

    SyncReport& report_;
    RecordsStore& store_;
    Transport& transport_;
    const std::function<void(const SyncProgress&)>& onBatch_;
    std::string url_;
    HttpHeaders headers_;
    std::size_t refusedInARow_ = 0;
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
            transport.configure(settings.link());
            Pass(report, store, transport, onBatch, settings).run();
        }
        report.remaining = store.pendingCount();
        report.quarantinedTotal = store.quarantineCount();
    } catch (const std::exception& e) {
        report.outcome = SyncOutcome::LocalError;
        report.error = std::string("The kiosk's records could not be read or updated: ") + e.what();
    }
    return report;
}

std::int64_t lastSuccessMs(const RecordsStore& store) {
    auto v = store.setting(kLastSuccessSetting);
    if (!v) return 0;
    try {
        return std::stoll(*v);
    } catch (const std::exception&) {
        return 0; // a hand-edited value: "never" is the honest answer
    }
}

std::string describe(SyncOutcome outcome) {
    switch (outcome) {
    case SyncOutcome::Done: return "All records sent.";
    case SyncOutcome::NotConfigured: return "No server is set up; records are kept on this kiosk.";
    case SyncOutcome::NoConnection: return "No connection to the server; records are kept on this kiosk.";
    case SyncOutcome::CredentialRefused: return "The server refused this kiosk's credential.";
    case SyncOutcome::ServerBusy: return "The server is busy; Pelita will try again later.";
    case SyncOutcome::ServerError: return "The server had a problem; Pelita will try again later.";
    case SyncOutcome::LocalError: return "The kiosk's records could not be read.";
    }
    return "";
}

} // namespace pelita::sync
