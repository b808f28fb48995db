#pragma once
// Internal to LrsServer: Pelita's own resources under /pelita/v1/
// (docs/protocol.md), and the checks every one of them shares.
// Handlers run on httplib worker threads.
#include <initializer_list>
#include <optional>

#include <httplib.h>

#include "lrs_routes.h"
#include "pelita_context.h"

namespace pelita::server {

// Checks Basic auth and that the credential has one of `roles`, and that the
// server has Pelita's store. On failure it has written the 401/403/503 and
// returns nothing. /pelita/v1/ needs no X-Experience-API-Version header.
std::optional<Credential> admitPelita(const httplib::Request& req, httplib::Response& res, LrsContext& context,
                                      std::initializer_list<Role> roles);

// Records that a kiosk credential was heard from (at most once a minute, see
// ContactClock), with the queue health its X-Pelita-Queue header reports
// (kiosk_queue_report.h). Every admitted request calls it; other roles are ignored.
void noteKioskContact(LrsContext& context, const Credential& who, const httplib::Request& req);

// For a per-OPD list (roster, assignments): reads the optional ?opd= (the
// only query parameter allowed) into `opd`. A kiosk always gets its own
// registered OPD, and asking for another is a 403; admin and reader get what
// they ask for (nothing: every OPD). `what` names the list in messages. On
// refusal it has written the 400/403/500 and returns false.
bool readOpdScope(LrsContext& context, const Credential& who, const httplib::Request& req, httplib::Response& res,
                  const std::string& what, std::optional<std::string>& opd);

void registerPackageRoutes(Routes& routes, LrsContext& context);
void registerKioskRoutes(Routes& routes, LrsContext& context);
void registerRosterRoutes(Routes& routes, LrsContext& context);
void registerCertificateRoutes(Routes& routes, LrsContext& context);
void registerBundleRoutes(Routes& routes, LrsContext& context); // USB records bundles (bundle_routes.cpp)
void registerAssignmentRoutes(Routes& routes, LrsContext& context); // Wajib courses (assignment_routes.cpp)

inline void registerPelitaRoutes(Routes& routes, LrsContext& context) {
    registerPackageRoutes(routes, context);
    registerKioskRoutes(routes, context);
    registerRosterRoutes(routes, context);
    registerCertificateRoutes(routes, context);
    registerBundleRoutes(routes, context);
    registerAssignmentRoutes(routes, context);
}

} // namespace pelita::server
