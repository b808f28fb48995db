// `pelita-server analytics rebuild --data DIR [--database URI]`: empties the dashboard's
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
    "usage: pelita-server analytics rebuild --data DIR [--database postgresql://...]\n"
    "\n"
    "Recomputes the admin dashboard's figures from every statement stored in\n"
    "DIR/server.db, or in the PostgreSQL database (the figures are then kept in\n"
    "DIR/dashboard.db). Statements and other records are not changed. While a\n"
    "server runs on the same records, its pages show partial figures until this\n"
    "finishes.\n";

int usageError(const std::string& message) {
    std::cerr << "pelita-server analytics: " << message << "\n" << kAnalyticsUsage;
    return 2;
}

} // namespace

int runAnalyticsCommand(const std::vector<std::string>& args) {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) return std::cout << kAnalyticsUsage, 0;
    if (args.empty() || args[0] != "rebuild") return usageError("expected: analytics rebuild --data DIR");
    auto options = cli::parseOptions({args.begin() + 1, args.end()}, {"--data", "--database"});
    if (!options) return usageError(options.error());
    if (!options->values.count("--data")) return usageError("--data is required");
    const auto dataDir = options->values["--data"];
    if (isPostgresLocation(dataDir)) return usageError("--data must be a directory; give PostgreSQL as --database");
    std::string location = dataDir;
    if (options->values.count("--database")) {
        location = options->values["--database"];
        if (!isPostgresLocation(location)) return usageError("--database must be a postgresql:// URI");
    }
    auto storage = openStorage(location, dataDir);
    if (!storage) return std::cerr << "pelita-server analytics: " << storage.error() << "\n", 1;
    auto& dashboard = storage->dashboard;
    auto folded = dashboard->rebuild();
    if (!folded) return std::cerr << "pelita-server analytics: " << folded.error() << "\n", 1;
    std::cout << "folded " << *folded << " statements\n";
    return 0;
}

} // namespace pelita::server
