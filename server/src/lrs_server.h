#pragma once
// LrsServer: pelita-server's xAPI Learning Record Store over HTTP, on one
// storage location (a data directory, or a PostgreSQL database: see storage.h).
// Used by main.cpp and by the in-process tests.
//
// Usage: open() -> bind() -> run() (blocks) or runInBackground(); stop() from
// any thread (e.g. a signal watcher) makes run() return.
// Thread notes: requests are answered on cpp-httplib's worker pool; they reach
// storage only through the stores of storage.h, each safe for any thread. open/bind/run belong to one
// owning thread; stop() may be called from any thread, any number of times.
#include <atomic>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include <pelita/content/expected.h>

namespace httplib {
class Server;
}

namespace pelita::server {

class CredentialStore;
class Routes;
class StatementStore;
struct LrsContext;

struct LrsOptions {
    // Names this deployment in the authority the LRS stamps on statements.
    std::string homePage = "http://localhost/";
    // What limit=0 means, and the cap on any larger limit.
    std::size_t maxPageSize = 100;
    // Larger request bodies get 413.
    std::size_t maxRequestBytes = 32 * 1024 * 1024;
    // A client that sends or reads nothing for this long is dropped.
    int timeoutSeconds = 30;
    // Where files live beside a PostgreSQL database: packages/, trusted-keys/,
    // the USB bundle receipt key and the dashboard's figures (dashboard.db).
    // Without it a PostgreSQL server is an LRS only: /pelita/v1/ and /admin/
    // answer 503. Ignored for a data directory, which holds its own files.
    std::filesystem::path filesDir;
    // Receives one JSON line per request (method, path, status, ms, credential);
    // called on worker threads, so it must be thread-safe. Empty: no log.
    std::function<void(const std::string&)> requestLog;
};

class LrsServer {
public:
    // Opens the storage at `location`: a data directory (created if needed) or
    // a postgresql:// URI. Errors name the directory, or host, port and libpq's message.
    static Expected<std::unique_ptr<LrsServer>, std::string> open(const std::string& location,
                                                                 LrsOptions options = {});
    ~LrsServer(); // stops and joins a background run
    LrsServer(const LrsServer&) = delete;
    LrsServer& operator=(const LrsServer&) = delete;

    // Binds host:port (port 0 picks a free one) and returns the port. Fails when
    // the port is taken or the address is not local; the message says which.
    Expected<int, std::string> bind(const std::string& host, int port);

    // Returns once the dashboard's figures include every statement stored
    // before the call, and the roster they join is current. False when the
    // fold failed (it is logged and retried). True at once without a dashboard.
    bool drainDashboard();

    // Replaces LrsOptions::homePage, e.g. once the bound port is known.
    // Call before run(): worker threads read it without a lock.
    void setHomePage(std::string homePage);

    // Serves until stop(). Call after a successful bind().
    void run();
    // Serves on a new thread; returns once the server accepts requests.
    void runInBackground();
    void stop();

    CredentialStore& credentials();
    // Which backend serves, e.g. "PostgreSQL 127.0.0.1:5432/pelita", for the startup line.
    const std::string& storageDescription() const;

private:
    LrsServer();

    std::string description_;
    std::unique_ptr<LrsContext> context_;
    std::unique_ptr<httplib::Server> http_;
    std::unique_ptr<Routes> routes_;
    std::thread background_;
    std::atomic<bool> stopRequested_{false};
    std::atomic<bool> serving_{false};
};

} // namespace pelita::server
