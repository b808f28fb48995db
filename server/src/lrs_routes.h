#pragma once
// Internal to LrsServer: what the route handlers share, and how each group of
// routes is registered. Handlers run on httplib worker threads; everything in
// LrsContext is safe to use from them (see lrs_server.h).
#include <memory>
#include <optional>

#include <httplib.h>

#include "credentials.h"
#include "document_store.h"
#include "lrs_server.h"
#include "routes.h"
#include "statement_store.h"

namespace pelita::server {

struct PelitaContext;
namespace analytics {
class DashboardStore;
class AnalyticsFeed;
} // namespace analytics

struct LrsContext {
    LrsOptions options;
    std::unique_ptr<StatementStore> statements;
    std::unique_ptr<DocumentStore> documents;
    std::unique_ptr<CredentialStore> credentials;
    std::shared_ptr<PelitaContext> pelita; // /pelita/v1/; null when the storage has none (pelita_context.h)
    // The admin dashboard's figures (analytics/dashboard_store.h); null on PostgreSQL.
    std::shared_ptr<analytics::DashboardStore> dashboard;
    std::shared_ptr<analytics::AnalyticsFeed> dashboardFeed; // what keeps `dashboard` current
};

enum class Access { Read, Write };

// Checks Basic auth, the role against `access`, and the version header. On
// failure it has already written the 401/403/400 response and returns nothing.
std::optional<Credential> admit(const httplib::Request& req, httplib::Response& res, LrsContext& context,
                                Access access);
// The Basic-auth part of admit(): the live credential (noted in the request log
// and, for a kiosk, as its last contact), or nothing after writing the 401.
std::optional<Credential> identify(const httplib::Request& req, httplib::Response& res, LrsContext& context);

void registerAboutRoute(Routes& routes);
void registerStatementWriteRoutes(Routes& routes, LrsContext& context);
void registerStatementReadRoutes(Routes& routes, LrsContext& context);
void registerDocumentRoutes(Routes& routes, LrsContext& context);
void registerActivityAndAgentRoutes(Routes& routes, LrsContext& context);
// JSON bodies for 404 and other errors httplib raises itself.
void registerErrorBodies(httplib::Server& http);

} // namespace pelita::server
