#include "lrs_server.h"

#include <cerrno>
#include <system_error>

#include <sodium.h>

#include "auth.h"
#include "http_replies.h"
#include "lrs_routes.h"
#include "request_log.h"
#include "storage.h"
#include "pelita_routes.h"
#include "admin/admin_routes.h"
#include "analytics/analytics_feed.h"

namespace pelita::server {

namespace {

// cpp-httplib sets SO_REUSEPORT on POSIX, which lets a second server bind a port
// already in use and silently share it. We want "port in use" to be an error.
void exclusiveListenSocket(socket_t sock) {
    int yes = 1;
#ifdef _WIN32
    setsockopt(sock, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char*>(&yes), sizeof(yes));
#else
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
#endif
}

} // namespace

LrsServer::LrsServer() : http_(std::make_unique<httplib::Server>()) {}

LrsServer::~LrsServer() {
    stop();
    if (background_.joinable()) background_.join();
}

Expected<std::unique_ptr<LrsServer>, std::string> LrsServer::open(const std::string& location,
                                                                 LrsOptions options) {
    if (sodium_init() < 0) return unexpected(std::string("libsodium failed to initialise"));
    auto storage = openStorage(location, options.filesDir);
    if (!storage) return unexpected(storage.error());
    auto pelita = openPelitaContext(location, options.filesDir, storage->pgPool);
    if (!pelita) return unexpected(pelita.error());

    std::unique_ptr<LrsServer> server(new LrsServer());
    server->description_ = storage->description;
    server->context_ = std::make_unique<LrsContext>(LrsContext{std::move(options), std::move(storage->statements),
                                                               std::move(storage->documents),
                                                               std::move(storage->credentials), nullptr,
                                                               std::move(storage->dashboard),
                                                               std::move(storage->dashboardFeed)});
    auto& http = *server->http_;
    http.set_socket_options(exclusiveListenSocket);
    // No Nagle: cpp-httplib writes an answer's headers and body apart, and the
    // body waited for the client's delayed ACK of the headers, 40 ms on Linux,
    // on every answer: most of a 100-statement POST's time on loopback.
    http.set_tcp_nodelay(true);
    http.set_payload_max_length(server->context_->options.maxRequestBytes);
    http.set_read_timeout(server->context_->options.timeoutSeconds, 0);
    http.set_write_timeout(server->context_->options.timeoutSeconds, 0);
    // CORS: any origin may call, as browser-based xAPI clients expect; Basic
    // credentials still gate every resource but /xapi/about.
    http.set_default_headers({{"X-Experience-API-Version", kXapiVersion},
                              {"Access-Control-Allow-Origin", "*"},
                              {"Access-Control-Expose-Headers", "ETag, Last-Modified, X-Experience-API-Version, "
                                                                "X-Experience-API-Consistent-Through"}});
    installRequestLog(http, server->context_->options.requestLog);
    server->routes_ = std::make_unique<Routes>(http); // handlers keep pointers into it
    auto& routes = *server->routes_;
    registerAboutRoute(routes);
    registerStatementWriteRoutes(routes, *server->context_);
    registerStatementReadRoutes(routes, *server->context_);
    registerDocumentRoutes(routes, *server->context_);
    registerActivityAndAgentRoutes(routes, *server->context_);
    server->context_->pelita = std::move(pelita).value();
    if (auto& feed = server->context_->dashboardFeed; feed && server->context_->pelita)
        feed->followPelita([pelita = server->context_->pelita]() -> Expected<analytics::PelitaCopy, std::string> {
            auto roster = pelita->store->roster(std::nullopt);
            if (!roster) return unexpected(roster.error());
            auto packages = pelita->store->packages();
            if (!packages) return unexpected(packages.error());
            return analytics::PelitaCopy{std::move(roster).value(), std::move(packages).value()};
        });
    registerPelitaRoutes(routes, *server->context_);
    if (auto admin = admin::registerAdminRoutes(routes, *server->context_, location); !admin)
        return unexpected(admin.error());
    routes.install();
    registerErrorBodies(http);
    return server;
}

Expected<int, std::string> LrsServer::bind(const std::string& host, int port) {
    errno = 0;
    const int bound = port == 0 ? http_->bind_to_any_port(host) : (http_->bind_to_port(host, port) ? port : -1);
    if (bound < 0) {
        const int error = errno;
        std::string why = error ? std::generic_category().message(error) : "cannot bind";
        return unexpected("cannot listen on " + host + ":" + std::to_string(port) + ": " + why);
    }
    return bound;
}

void LrsServer::run() {
    serving_ = true;
    if (!stopRequested_) http_->listen_after_bind();
    serving_ = false;
}

void LrsServer::runInBackground() {
    background_ = std::thread([this] { run(); });
    // Wait until the accept loop is up so a caller's first request cannot race it.
    while (!http_->is_running() && !stopRequested_) std::this_thread::yield();
}

void LrsServer::stop() {
    stopRequested_ = true;
    // httplib ignores stop() before its accept loop starts; wait for it so the
    // request is not lost when a signal arrives just as run() begins.
    while (serving_ && !http_->is_running()) std::this_thread::yield();
    http_->stop();
}

bool LrsServer::drainDashboard() { return !context_->dashboardFeed || context_->dashboardFeed->drain(); }

void LrsServer::setHomePage(std::string homePage) { context_->options.homePage = std::move(homePage); }

CredentialStore& LrsServer::credentials() { return *context_->credentials; }

const std::string& LrsServer::storageDescription() const { return description_; }

} // namespace pelita::server
