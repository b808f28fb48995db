// `pelita-server analytics rebuild --data DIR`: empties the dashboard's
// aggregates and folds every stored statement again, with the same code the
// live server uses. For after a restore, an upgrade that changes a figure's
// rules, or a fold that failed (the server logs it).
#include <iostream>

#include "cli_options.h"
#include "commands.h"
#include "dashboard_store.h"
#include "storage.h"

namespace pelita::server {

namespace {

const char* const kAnalyticsUsage =
    "usage: pelita-server analytics rebuild --data DIR\n"
    "\n"
    "Recomputes the admin dashboard's figures from every statement stored in\n"
    "DIR/server.db. Statements and other records are not changed. While a\n"
    "server runs on DIR, its pages show partial figures until this finishes.\n";

int usageError(const std::string& message) {
    std::cerr << "pelita-server analytics: " << message << "\n" << kAnalyticsUsage;
    return 2;
}

} // namespace

int runAnalyticsCommand(const std::vector<std::string>& args) {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) return std::cout << kAnalyticsUsage, 0;
    if (args.empty() || args[0] != "rebuild") return usageError("expected: analytics rebuild --data DIR");
    auto options = cli::parseOptions({args.begin() + 1, args.end()}, {"--data"});
    if (!options) return usageError(options.error());
    if (!options->values.count("--data")) return usageError("--data is required");
    const auto location = options->values["--data"];
    if (isPostgresLocation(location)) return usageError("--data must be a data directory (SQLite)");
    auto dashboard = analytics::DashboardStore::open(location);
    if (!dashboard) return std::cerr << "pelita-server analytics: " << dashboard.error() << "\n", 1;
    auto folded = (*dashboard)->rebuild();
    if (!folded) return std::cerr << "pelita-server analytics: " << folded.error() << "\n", 1;
    std::cout << "folded " << *folded << " statements\n";
    return 0;
}

} // namespace pelita::server
