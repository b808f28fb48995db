// pelita sync: one pass from the command line, and --status, which never touches
// the network. Both end with the same status block.
#include "cli/commands.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/curl_transport.h>
#include <pelita/sync/queue_report.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/resume_state_exchange.h>
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
    const auto sentThrough = sync::resumeSentThrough(store);
    std::cout << "resume state: "
              << (sentThrough ? "progress shared with the server through " + sync::localDateTime(*sentThrough)
                              : std::string("not shared yet (the next sync that reaches the server starts it)"))
              << "\n";
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

// Learners' places moved on since the last exchange go to the server, and any
// another kiosk left there come in (docs/sync.md "Resume state"). False when the
// link dropped; a document left unmerged is reported, not a failure.
bool shareResumeState(sync::RecordsStore& store, sync::Transport& transport, const sync::KioskSettings& settings) {
    const auto report = sync::exchangeChangedResumeState(store, transport, settings);
    if (report.clockStarted) {
        std::cout << "resume state: shared from now on; earlier progress goes at each learner's next sign-in\n";
        return true;
    }
    for (const auto& problem : report.problems) std::cout << "  resume state not merged: " << problem << "\n";
    if (!report.reached) {
        std::cerr << "pelita sync: the link dropped while sharing learners' places; they go next time\n";
        return false;
    }
    std::cout << "resume state: " << report.learners << " learner(s), " << report.coursesMerged
              << " course(s) merged with the server, " << report.learnersTakenIn
              << " learner(s) took in progress from another kiosk\n";
    return true;
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
        try {
            if (!shareResumeState(store, transport, settings)) exitCode = 1;
        } catch (const std::exception& e) {
            std::cerr << "pelita sync: learners' places were not shared: " << e.what() << "\n";
            exitCode = 1;
        }
        // Results first, then what the server has for this kiosk (command_catalogue.cpp).
        if (const int pulled = runPull(o); pulled != 0) exitCode = pulled;
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
