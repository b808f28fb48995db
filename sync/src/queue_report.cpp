#include <pelita/sync/clock.h>
#include <pelita/sync/queue_report.h>

#include <algorithm>
#include <exception>

namespace pelita::sync {

std::string queueReport(const RecordsStore& store, std::int64_t nowMs) {
    const auto waiting = store.pendingCount();
    std::string report = "waiting=" + std::to_string(waiting) + "; quarantined=" + std::to_string(store.quarantineCount());
    if (waiting == 0) return report; // the usual case once sent: no second query
    if (const auto oldest = store.oldestPendingMs())
        report += "; oldest-age=" + std::to_string(std::max<std::int64_t>(0, (nowMs - *oldest) / 1000));
    return report;
}

HttpHeaders QueueReportingTransport::withReport(HttpHeaders headers) const {
    try {
        headers.emplace_back(kQueueHeader, queueReport(store_, nowMs()));
    } catch (const std::exception&) {
        // A store that cannot be read sends no report; the request itself
        // fails or succeeds on its own, and the sync pass names the store's trouble.
    }
    return headers;
}

} // namespace pelita::sync
