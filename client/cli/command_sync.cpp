#include "cli/commands.h"

#include <pelita/sync/curl_transport.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/sync_pass.h>

#include <iostream>

namespace pelita::kiosk::cli {

int runSync(const Options& o) {
    auto store = sync::RecordsStore::open(o.dataDir);
    if (!store) {
        std::cerr << "pelita sync: " << o.dataDir.string() << ": " << store.error().message << "\n";
        return 1;
    }
    if (o.server) {
        auto settings = sync::KioskSettings::load(**store);
        settings.serverUrl = *o.server;
        settings.save(**store);
    }
    const auto settings = sync::KioskSettings::load(**store);
    std::cout << "pelita sync: " << (*store)->pendingCount() << " statement(s) waiting";
    if (settings.hasServer()) std::cout << ", sending to " << settings.serverUrl;
    std::cout << std::endl;

    sync::CurlTransport transport;
    const auto report = sync::runSyncPass(**store, transport, [](const sync::SyncProgress& p) {
        std::cout << "  sent " << p.sent << ", " << p.remaining << " left" << std::endl;
    });
    switch (report.outcome) {
    case sync::SyncOutcome::Done:
        std::cout << "pelita sync: done, " << report.sent << " sent, " << report.remaining << " waiting\n";
        return 0;
    case sync::SyncOutcome::NotConfigured:
        std::cerr << "pelita sync: no server is set; results stay saved on this kiosk.\n"
                     "  Set one with: pelita config --data " << o.dataDir.string() << " --server URL --key KEY --secret SECRET\n";
        return 1;
    default:
        std::cerr << "pelita sync: " << sync::describe(report.outcome) << ": " << report.error << "\n";
        for (const auto& r : report.rejected) std::cerr << "  rejected " << r.statementId << ": " << r.reason << "\n";
        std::cerr << "pelita sync: " << report.sent << " sent, " << report.remaining
                  << " still saved on this kiosk and will be sent next time\n";
        return 1;
    }
}

} // namespace pelita::kiosk::cli
