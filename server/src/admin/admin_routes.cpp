#include "admin_routes.h"

#include "admin_accounts_pg.h"
#include "admin_pages.h"
#include "lrs_routes.h"
#include "pelita_context.h"
#include "storage.h"

namespace pelita::server::admin {

Expected<Stored, std::string> registerAdminRoutes(Routes& routes, LrsContext& context, const std::string& location) {
    std::unique_ptr<AdminAccounts> accounts;
    std::filesystem::path dataDir; // SQLite only: pages that read server.db themselves
    if (!isPostgresLocation(location)) {
        dataDir = location;
        auto opened = AdminAccounts::open(dataDir);
        if (!opened) return unexpected(opened.error());
        accounts = std::move(opened).value();
    } else if (context.pelita && context.pelita->pgPool) {
        // The accounts share the pool of Pelita's records: both are a trickle.
        accounts = std::make_unique<AdminAccounts>(std::make_unique<PgAdminAccountStore>(context.pelita->pgPool));
    }
    auto site = std::make_shared<AdminSite>(routes, context, std::move(accounts), dataDir);
    registerLoginPage(*site);
    registerOverviewPage(*site);
    // The figure pages next, in the order a training unit asks its questions.
    registerJpPage(*site);
    registerCoursesPage(*site);
    registerItemsPage(*site);
    registerNeedsPage(*site);
    registerEvaluationPage(*site);
    registerLearnerPage(*site);
    registerKiosksPage(*site);
    registerRosterPage(*site);
    registerCataloguePage(*site);
    registerAssignmentsPage(*site);
    registerBundlesPage(*site);
    return Stored{};
}

} // namespace pelita::server::admin
