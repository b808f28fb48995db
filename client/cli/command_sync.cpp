// pelita sync: one pass from the command line, and --status, which never touches
// the network. Both end with the same status block.
#include "cli/commands.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/curl_transport.h>
#include <pelita/sync/queue_report.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/sync_pass.h>

#include <cstdio>
#include <iostream>

namespace pelita::kiosk::cli {
namespace {

void printStatus(const sync::RecordsStore& store, bool verbose) {
    const auto counts = store.outboxCounts();
    const auto last = sync::lastSuccessMs(store);
    std::cout << "outbox: " << counts.pending << " waiting";
    if (counts.carried > 0) std::cout << " (" << counts.carried << " also carried on USB)";
    std::cout << ", " << counts.sent << " sent\n"
              << "quarantine: " << counts.quarantined << " refused by the server"
              << (counts.quarantined > 0 && !verbose ? " (--verbose lists them)" : "") << "\n"
              << "last success: " << (last > 0 ? sync::localDateTime(last) : std::string("never")) << "\n";
    if (!verbose) return;
    for (const auto& q : store.quarantined())
        std::cout << "  quarantined " << q.statementId << " at " << sync::localDateTime(q.quarantinedAtMs) << ": "
                  << q.reason << "\n";
}

void printWire(const sync::SyncReport& report) {
    if (report.rawBytes == 0) return;
    const double ratio = static_cast<double>(report.wireBytes) / static_cast<double>(report.rawBytes);
    char line[160];
    std::snprintf(line, sizeof line, "wire: %zu bytes for %zu bytes of JSON (%.2fx, %.0f%% saved by gzip) in %zu request(s)\n",
                  report.wireBytes, report.rawBytes, ratio, 100.0 * (1.0 - ratio), report.requests);
    std::cout << line;
}

} // namespace

int runSync(const Options& o) {
    auto opened = sync::RecordsStore::open(o.dataDir);
    if (!opened) {
        std::cerr << "pelita sync: " << o.dataDir.string() << ": " << opened.error().message << "\n";
        return 1;
    }
    sync::RecordsStore& store = **opened;
    try {
        if (o.statusOnly) {
            printStatus(store, o.verbose);
            return 0;
        }
        if (o.server) {
            auto settings = sync::KioskSettings::load(store);
            settings.serverUrl = *o.server;
            settings.save(store);
        }
    } catch (const std::exception& e) {
        std::cerr << "pelita sync: " << o.dataDir.string() << ": " << e.what() << "\n";
        return 1;
    }
    const auto settings = sync::KioskSettings::load(store);
    std::cout << "pelita sync: " << store.pendingCount() << " statement(s) waiting";
    if (settings.hasServer()) std::cout << ", sending to " << settings.serverUrl;
    std::cout << std::endl;

    sync::CurlTransport curl;
    sync::QueueReportingTransport transport(curl, store); // the dashboard's queue health
    const auto report = sync::runSyncPass(store, transport, [](const sync::SyncProgress& p) {
        std::cout << "  sent " << p.sent << ", " << p.remaining << " left" << std::endl;
    });
    for (const auto& q : report.quarantined)
        std::cout << "  quarantined " << q.statementId << ": " << q.reason << "\n";
    if (o.verbose) printWire(report);
    int exitCode = 0;
    switch (report.outcome) {
    case sync::SyncOutcome::Done:
        std::cout << "pelita sync: done, " << report.sent << " sent, " << report.remaining << " waiting";
        if (!report.quarantined.empty())
            std::cout << ", " << report.quarantined.size() << " refused by the server and kept in quarantine";
        std::cout << "\n";
        // Results first, then what the server has for this kiosk (command_catalogue.cpp).
        exitCode = runPull(o);
        break;
    case sync::SyncOutcome::NotConfigured:
        std::cerr << "pelita sync: no server is set; results stay saved on this kiosk.\n"
                     "  Set one with: pelita config --data " << o.dataDir.string() << " --server URL --key KEY --secret SECRET\n";
        exitCode = 1;
        break;
    default:
        std::cerr << "pelita sync: " << sync::describe(report.outcome) << ": " << report.error << "\n";
        std::cerr << "pelita sync: " << report.sent << " sent, " << report.remaining
                  << " still saved on this kiosk and will be sent next time\n";
        exitCode = 1;
        break;
    }
    try {
        printStatus(store, o.verbose);
    } catch (const std::exception& e) {
        std::cerr << "pelita sync: cannot read the outbox: " << e.what() << "\n";
        return 1;
    }
    return exitCode;
}

} // namespace pelita::kiosk::cli
