// `pelita-server --data DIR|--database URI [--data DIR] --listen HOST:PORT`: open the store and serve until
// SIGINT/SIGTERM.
#include <atomic>
#include <iostream>
#include <mutex>

#include "cli_options.h"
#include "commands.h"
#include "lrs_server.h"
#include "platform.h"

namespace pelita::server {

const char* const kServeUsage =
    "usage: pelita-server --data DIR --listen HOST:PORT [--home-page URL]\n"
    "       pelita-server --database postgresql://USER@HOST:PORT/DB [--data DIR] --listen HOST:PORT [--home-page URL]\n"
    "       pelita-server credential create|list|revoke ... (see pelita-server credential --help)\n"
    "       pelita-server publish FILE.pelita --data DIR (see pelita-server publish --help)\n"
    "       pelita-server roster import FILE.csv --data DIR\n"
    "       pelita-server import-bundle FILE.pelita-records --data DIR (records carried on USB)\n"
    "       pelita-server kiosk-key set|show|receipt ... (see pelita-server kiosk-key --help)\n"
    "       pelita-server admin-user add|list|remove|password ... (see pelita-server admin-user --help)\n"
    "\n"
    "Serves the xAPI 1.0.3 LRS under /xapi/, Pelita's resources under /pelita/v1/\n"
    "and the dashboard under /admin/, from DIR/server.db (SQLite) or a PostgreSQL\n"
    "database, and writes one JSON line per request to stderr (method, path,\n"
    "status, ms, credential). Every command takes --database URI --data DIR too.\n"
    "  --data DIR        data directory, created if needed; with --database it\n"
    "                    holds only files: packages/, trusted-keys/, the receipt\n"
    "                    key and the dashboard's cache\n"
    "  --database URI    PostgreSQL instead: a libpq URI, e.g.\n"
    "                    postgresql://pelita@db.example:5432/pelita (password\n"
    "                    from ~/.pgpass or PGPASSWORD). Without --data the server\n"
    "                    is an LRS only: /pelita/v1/ and /admin/ answer 503\n"
    "  --listen H:P      address to listen on; port 0 picks a free port\n"
    "  --home-page URL   this deployment's URL, used in statement authorities\n"
    "                    (default http://HOST:PORT/)\n";

int runServeCommand(const std::vector<std::string>& args) {
    auto options = cli::parseOptions(args, {"--data", "--database", "--listen", "--home-page"});
    if (!options) {
        std::cerr << "pelita-server: " << options.error() << "\n" << kServeUsage;
        return 2;
    }
    if (options->help) {
        std::cout << kServeUsage;
        return 0;
    }
    auto storage = cli::storageChoice(*options);
    if (!storage) {
        std::cerr << "pelita-server: " << storage.error() << "\n" << kServeUsage;
        return 2;
    }
    if (!options->values.count("--listen")) {
        std::cerr << "pelita-server: --listen is required\n" << kServeUsage;
        return 2;
    }
    auto address = cli::parseListenAddress(options->values["--listen"]);
    if (!address) {
        std::cerr << "pelita-server: " << address.error() << "\n";
        return 2;
    }
    // Block the shutdown signals before the HTTP worker threads exist, so that
    // only the watcher receives them.
    std::atomic<LrsServer*> running{nullptr};
    std::atomic<bool> shutdownRequested{false};
    ShutdownSignals signals([&] {
        shutdownRequested = true;
        if (auto* server = running.load()) server->stop();
    });

    LrsOptions lrsOptions;
    lrsOptions.requestLog = [](const std::string& line) {
        static std::mutex logMutex; // whole lines, even from many worker threads
        std::lock_guard lock(logMutex);
        std::cerr << line << '\n';
    };
    if (options->values.count("--home-page")) lrsOptions.homePage = options->values["--home-page"];
    lrsOptions.filesDir = storage->filesDir;
    auto server = LrsServer::open(storage->location, lrsOptions);
    if (!server) {
        std::cerr << "pelita-server: " << server.error() << "\n";
        return 1;
    }
    auto port = (*server)->bind(address->host, address->port);
    if (!port) {
        std::cerr << "pelita-server: " << port.error() << "\n";
        return 1;
    }
    if (!options->values.count("--home-page"))
        (*server)->setHomePage("http://" + address->host + ":" + std::to_string(*port) + "/");
    running = server->get();
    if (shutdownRequested) (*server)->stop(); // a signal that came before `running` was set
    // Scripts read the URL from the end of this line: keep it last.
    std::cerr << "pelita-server: storage " << (*server)->storageDescription() << "\n";
    std::cout << "pelita-server: listening on http://" << address->host << ":" << *port << std::endl;
    (*server)->run();
    running = nullptr;
    std::cerr << "pelita-server: stopped\n";
    return 0;
}

} // namespace pelita::server
