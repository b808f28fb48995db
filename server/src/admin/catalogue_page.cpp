// Catalogue: every published package (every version); uploading a signed
// .pelita (verified by PackagePublisher exactly as a kiosk would, before it is
// listed); withdrawing a version from the kiosks' catalogue and listing it again.
#include <algorithm>

#include "admin_pages.h"
#include "analytics/analytics_feed.h"
#include "lrs_routes.h"
#include "iso8601.h"
#include "pelita_context.h"
#include "svg_bar_chart.h" // figureText
#include "text_case.h"

namespace pelita::server::admin {

std::string packageTitle(const PublishedPackage& p, Language language) {
    for (const std::string& code : {languageCode(language), std::string("id"), std::string("en")})
        for (const auto& [tag, text] : p.title)
            if (lowerAscii(tag.substr(0, tag.find('-'))) == code) return text;
    return p.title.empty() ? p.courseIri : p.title.begin()->second;
}

namespace {

Expected<AdminTable, std::string> catalogueTable(AdminVisit& visit, bool withActions) {
    auto packages = visit.pelita.store->packages();
    if (!packages) return unexpected(packages.error());
    const Words& w = visit.words;
    AdminTable table{{w("catalogue.course"), w("catalogue.version"), w("catalogue.jp"), w("catalogue.size"),
                      w("catalogue.signer"), w("catalogue.published"), w("catalogue.status"), w("catalogue.iri"),
                      w("catalogue.sha256")},
                     {}, {}, w("catalogue.actions")};
    std::reverse(packages->begin(), packages->end()); // newest first
    for (const auto& p : *packages) {
        const auto status = p.withdrawn ? w("catalogue.withdrawn") + " " + displayTime(*p.withdrawn, "")
                                        : w("catalogue.listed");
        table.rows.push_back({packageTitle(p, w.language()), p.version, figureText(p.jpHours),
                              figureText(static_cast<double>(p.sizeBytes) / 1024.0) + " KiB", p.signerName,
                              displayTime(p.published, ""), status, p.courseIri, p.sha256});
        if (!withActions) continue;
        Html action;
        action.raw("<form method=\"post\" class=\"inline\"")
            .attr("action", p.withdrawn ? "/admin/catalogue/republish" : "/admin/catalogue/withdraw")
            .raw(">")
            .append(csrfField(visit.session.csrfToken))
            .raw("<input type=\"hidden\" name=\"sha256\"")
            .attr("value", p.sha256)
            .raw("><button type=\"submit\"")
            .attr("class", p.withdrawn ? "" : "danger")
            .raw(">")
            .text(w(p.withdrawn ? "catalogue.republish" : "catalogue.withdraw"))
            .raw("</button></form>");
        table.actions.push_back(std::move(action));
    }
    return table;
}

void showCatalogue(AdminVisit& visit, const Html& above) {
    const Words& w = visit.words;
    auto table = catalogueTable(visit, visit.canChange());
    if (!table) return visit.problem(500, table.error());
    Html body;
    body.append(above).append(tableHtml(*table, w("catalogue.none")));
    body.raw("<p>").append(csvLink(w, "/admin/catalogue.csv")).raw("</p>");
    if (visit.canChange())
        body.raw("<section class=\"card\"><h2>")
            .text(w("catalogue.upload_title"))
            .raw("</h2><p class=\"hint\">")
            .text(w("catalogue.upload_hint"))
            .raw("</p><form method=\"post\" action=\"/admin/catalogue/upload\" enctype=\"multipart/form-data\">")
            .append(csrfField(visit.session.csrfToken))
            .raw("<label>")
            .text(w("catalogue.file"))
            .raw("<input type=\"file\" name=\"package\" accept=\".pelita\" required></label><button type=\"submit\">")
            .text(w("catalogue.upload"))
            .raw("</button></form></section>");
    visit.page("catalogue.title", body);
}

void upload(AdminVisit& visit) {
    const Words& w = visit.words;
    const auto bytes = visit.field("package");
    if (bytes.empty()) return showCatalogue(visit, notice("error", w("catalogue.no_file")));
    auto outcome = visit.pelita.publisher->publishBytes(bytes);
    if (outcome && visit.lrs.dashboardFeed) visit.lrs.dashboardFeed->pelitaChanged(); // the course's JP
    if (!outcome) {
        Html refused;
        refused.raw("<div class=\"notice error\" role=\"alert\"><p>").text(w("catalogue.refused")).raw("</p><ul>");
        for (const auto& problem : outcome.error().problems) refused.raw("<li>").text(problem).raw("</li>");
        refused.raw("</ul></div>");
        showCatalogue(visit, refused);
        if (visit.res.status == 200) visit.res.status = outcome.error().status;
        return;
    }
    const auto title = packageTitle(outcome->package, w.language());
    showCatalogue(visit, notice("ok", w(outcome->alreadyPublished ? "catalogue.already" : "catalogue.published_ok",
                                        {{"title", title}, {"version", outcome->package.version}})));
}

void setListed(AdminVisit& visit, bool listed) {
    const auto sha256 = visit.field("sha256");
    auto done = visit.pelita.store->setWithdrawn(sha256, listed ? std::nullopt : std::optional(nowUtcIso8601()));
    if (!done) return visit.problem(500, done.error());
    if (!*done) return visit.problem(404, visit.words("catalogue.unknown"));
    showCatalogue(visit, notice("ok", visit.words(listed ? "catalogue.republished_ok" : "catalogue.withdrawn_ok")));
}

} // namespace

void registerCataloguePage(AdminSite& site) {
    site.addMenuItem("/admin/catalogue", "catalogue.title");
    site.view("/admin/catalogue", [](AdminVisit& visit) { showCatalogue(visit, {}); });
    site.view("/admin/catalogue.csv", [](AdminVisit& visit) {
        auto table = catalogueTable(visit, false);
        if (!table) return visit.problem(500, table.error());
        visit.csv("catalogue.csv", *table);
    });
    site.change("/admin/catalogue/upload", upload);
    site.change("/admin/catalogue/withdraw", [](AdminVisit& visit) { setListed(visit, false); });
    site.change("/admin/catalogue/republish", [](AdminVisit& visit) { setListed(visit, true); });
}

} // namespace pelita::server::admin
