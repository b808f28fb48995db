// `pelita-server publish FILE.pelita --data DIR [--database URI]`: what POST
// /pelita/v1/packages does, from the shell. Works while the server runs (SQLite
// WAL, or PostgreSQL), and for packages larger than the server's request limit.
#include <iostream>

#include <sodium.h>

#include "cli_options.h"
#include "commands.h"
#include "pelita_context.h"

namespace pelita::server {

namespace {

const char* const kPublishUsage =
    "usage: pelita-server publish FILE.pelita --data DIR [--database postgresql://...]\n"
    "\n"
    "Verifies the package as a kiosk would (signature by a key in DIR/trusted-keys/*.pub,\n"
    "every file's SHA-256), stores it in DIR/packages/ and lists it in the catalogue\n"
    "(DIR/server.db, or the PostgreSQL database the server uses).\n";

int usageError(const std::string& message) {
    std::cerr << "pelita-server publish: " << message << "\n" << kPublishUsage;
    return 2;
}

} // namespace

int runPublishCommand(const std::vector<std::string>& args) {
    if (args.empty()) return usageError("missing FILE.pelita");
    if (args[0] == "--help" || args[0] == "-h") return std::cout << kPublishUsage, 0;
    if (args[0].rfind("--", 0) == 0) return usageError("the package file comes first");
    auto options = cli::parseOptions({args.begin() + 1, args.end()}, {"--data", "--database"});
    if (!options) return usageError(options.error());
    if (options->help) return std::cout << kPublishUsage, 0;
    auto storage = cli::storageWithFiles(*options);
    if (!storage) return usageError(storage.error());
    if (sodium_init() < 0) return std::cerr << "pelita-server publish: libsodium failed to initialise\n", 1;
    auto pelita = openPelitaContext(storage->location, storage->filesDir);
    if (!pelita) return std::cerr << "pelita-server publish: " << pelita.error() << "\n", 1;
    auto outcome = (*pelita)->publisher->publishFile(args[0]);
    if (!outcome) {
        std::cerr << "pelita-server publish: " << args[0] << " refused:\n";
        for (const auto& problem : outcome.error().problems) std::cerr << "  " << problem << "\n";
        return 1;
    }
    const auto& p = outcome->package;
    std::cout << (outcome->alreadyPublished ? "already published " : "published ") << p.courseIri << " " << p.version
              << "\nsha256=" << p.sha256 << "\nsigner=" << p.signerName << " (" << p.signerKeyId << ")" << std::endl;
    return 0;
}

} // namespace pelita::server
