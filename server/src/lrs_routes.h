#pragma once
// Internal to LrsServer: what the route handlers share, and how each group of
// routes is registered. Handlers run on httplib worker threads; everything in
// LrsContext is safe to use from them (see lrs_server.h).
#include <memory>
#include <optional>

#include <httplib.h>

#include "credentials.h"
#include "lrs_server.h"
#include "statement_store.h"

namespace pelita::server {

struct LrsContext {
    LrsOptions options;
    std::unique_ptr<StatementStore> statements;
    std::unique_ptr<CredentialStore> credentials;
};

// Checks the version header and Basic auth. On failure it has already written
// the 400/401 response and returns nothing.
std::optional<Credential> admit(const httplib::Request& req, httplib::Response& res, LrsContext& context);

void registerAboutRoute(httplib::Server& http);
void registerStatementWriteRoutes(httplib::Server& http, LrsContext& context);
void registerStatementReadRoutes(httplib::Server& http, LrsContext& context);
// 405 for the methods a known resource does not support; JSON bodies for 404 etc.
void registerFallbacks(httplib::Server& http);

} // namespace pelita::server
