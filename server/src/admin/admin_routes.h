#pragma once
// The /admin/ dashboard (docs/admin-guide.md, "Admin dashboard"): registers
// every page on the LRS's route table. On a data directory it opens the admin
// accounts in DIR/server.db; on PostgreSQL they share the pool of Pelita's
// records (context.pelita), and without those (no files directory) the pages
// answer 503. Call after LrsContext::pelita is set.
// Thread notes: call while the server is being set up, before it serves.
#include <string>

#include <pelita/content/expected.h>

#include "statement_store.h" // Stored

namespace pelita::server {
struct LrsContext;
class Routes;
} // namespace pelita::server

namespace pelita::server::admin {

Expected<Stored, std::string> registerAdminRoutes(Routes& routes, LrsContext& context, const std::string& location);

} // namespace pelita::server::admin
