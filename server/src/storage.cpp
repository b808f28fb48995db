#include "storage.h"

#include <thread>

#include "analytics/analytics_feed.h"
#include "pg_connection.h"
#include "pg_credentials.h"
#include "pg_document_store.h"
#include "pg_pool.h"
#include "pg_schema.h"
#include "pg_statement_store.h"
#include "server_database.h"
#include "sqlite_credentials.h"
#include "sqlite_document_store.h"
#include "sqlite_statement_store.h"

namespace pelita::server {

namespace {

// cpp-httplib answers on max(8, cores - 1) worker threads; more connections
// than that could never all be busy.
std::size_t poolSize() {
    const auto cores = std::thread::hardware_concurrency();
    return std::max<std::size_t>(8, cores > 1 ? cores - 1 : 0);
}

Expected<Storage, std::string> openSqlite(const std::filesystem::path& dataDir) {
    // One connection per store: SQLite serialises writers anyway, and each
    // store's mutex then guards only its own work.
    auto statementsDb = openServerDatabase(dataDir);
    if (!statementsDb) return unexpected(statementsDb.error());
    auto documentsDb = openServerDatabase(dataDir);
    if (!documentsDb) return unexpected(documentsDb.error());
    auto credentialsDb = openServerDatabase(dataDir);
    if (!credentialsDb) return unexpected(credentialsDb.error());
    auto dashboard = analytics::DashboardStore::open(dataDir);
    if (!dashboard) return unexpected(dashboard.error());
    std::shared_ptr<analytics::DashboardStore> figures = std::move(dashboard).value();
    auto feed = std::make_shared<analytics::AnalyticsFeed>(figures);
    auto statements = std::make_unique<analytics::FeedingStatementStore>(
        std::make_unique<SqliteStatementStore>(std::move(statementsDb).value()), feed);
    return Storage{std::move(statements),
                   std::make_unique<SqliteDocumentStore>(std::move(documentsDb).value()),
                   std::make_unique<SqliteCredentialStore>(std::move(credentialsDb).value()),
                   "SQLite " + (dataDir / "server.db").string(), std::move(figures), std::move(feed), nullptr};
}

Expected<Storage, std::string> openPostgres(const std::string& conninfo, const std::filesystem::path& filesDir) {
    auto opened = openMigratedPool(conninfo, poolSize());
    if (!opened) return unexpected(opened.error());
    std::shared_ptr<PgPool> pool = std::move(opened).value();
    const auto description = "PostgreSQL " + describeConninfo(conninfo);
    std::unique_ptr<StatementStore> statements = std::make_unique<PgStatementStore>(pool);
    std::shared_ptr<analytics::DashboardStore> figures;
    std::shared_ptr<analytics::AnalyticsFeed> feed;
    // The dashboard needs a place for its SQLite cache; without one the
    // server is an LRS only.
    if (!filesDir.empty()) {
        auto dashboard = analytics::DashboardStore::openBeside(filesDir / "dashboard.db",
                                                               analytics::postgresStatementSource(pool, description));
        if (!dashboard) return unexpected(dashboard.error());
        figures = std::move(dashboard).value();
        feed = std::make_shared<analytics::AnalyticsFeed>(figures);
        statements = std::make_unique<analytics::FeedingStatementStore>(std::move(statements), feed);
    }
    return Storage{std::move(statements), std::make_unique<PgDocumentStore>(pool),
                   std::make_unique<PgCredentialStore>(pool), description, std::move(figures), std::move(feed), pool};
}

} // namespace

bool isPostgresLocation(const std::string& location) {
    return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0 ||
           location.find("dbname=") != std::string::npos;
}

std::filesystem::path filesDirFor(const std::string& location, const std::filesystem::path& filesDir) {
    return isPostgresLocation(location) ? filesDir : std::filesystem::path(location);
}

Expected<Storage, std::string> openStorage(const std::string& location, const std::filesystem::path& filesDir) {
    if (isPostgresLocation(location)) return openPostgres(location, filesDir);
    return openSqlite(location);
}

} // namespace pelita::server
