#pragma once
// The dashboard's pages, one register function per file, and what several of
// them read. Thread notes: as admin_site.h.
#include <optional>
#include <string>
#include <vector>

#include <pelita/content/expected.h>

#include "admin_site.h"
#include "credentials.h"
#include "pelita_store.h"

namespace pelita::server::admin {

void registerLoginPage(AdminSite& site);     // login_page.cpp
void registerOverviewPage(AdminSite& site);  // overview_page.cpp
void registerKiosksPage(AdminSite& site);    // kiosks_page.cpp
void registerRosterPage(AdminSite& site);    // roster_page.cpp
void registerCataloguePage(AdminSite& site); // catalogue_page.cpp
void registerBundlesPage(AdminSite& site);   // bundles_page.cpp
void registerAssignmentsPage(AdminSite& site); // assignments_page.cpp
// The figure pages (figure_pages.h), read from LrsContext::dashboard.
void registerJpPage(AdminSite& site);         // jp_page.cpp
void registerCoursesPage(AdminSite& site);    // courses_page.cpp
void registerItemsPage(AdminSite& site);      // items_page.cpp
void registerNeedsPage(AdminSite& site);      // needs_page.cpp
void registerEvaluationPage(AdminSite& site); // evaluation_page.cpp
void registerLearnerPage(AdminSite& site);    // learner_page.cpp

// A kiosk credential with what its kiosk said about itself (kiosk_list.cpp).
struct KioskView {
    Credential credential;
    KioskRecord record; // empty fields until the kiosk registers / calls
};
// Every kiosk credential, live ones first, then by OPD and name.
Expected<std::vector<KioskView>, std::string> listKiosks(AdminVisit& visit);

// "2026-11-28 03:01 UTC" from a stored timestamp; `never` when it is empty.
std::string displayTime(const std::string& iso, const std::string& never);

// A package's title in the visitor's language ("id" matches "id-ID"), else
// Indonesian, else English, else any; its IRI when it has none (catalogue_page.cpp).
std::string packageTitle(const PublishedPackage& p, Language language);

// A "CSV" link to `href` (the table's export).
Html csvLink(const Words& words, const std::string& href);
// A notice above a page's content: kind is "ok" or "error".
Html notice(const std::string& kind, const std::string& text);

} // namespace pelita::server::admin
