// Roster: the learners (ASN) the kiosks know, filtered by OPD, and importing a
// roster CSV (roster_import.h): all rows valid, or nothing imported and every
// bad row listed. An import replaces the lists of the OPDs it names, as
// PUT /pelita/v1/roster does.
#include <set>

#include "admin_pages.h"
#include "iso8601.h"
#include "pelita_context.h"
#include "roster_import.h"
#include "analytics/analytics_feed.h"
#include "lrs_routes.h"

namespace pelita::server::admin {

namespace {

std::optional<std::string> chosenOpd(const httplib::Request& req) {
    if (!req.has_param("opd") || req.get_param_value("opd").empty()) return std::nullopt;
    return req.get_param_value("opd");
}

Expected<AdminTable, std::string> rosterTable(AdminVisit& visit, const std::optional<std::string>& opd) {
    auto learners = visit.pelita.store->roster(opd);
    if (!learners) return unexpected(learners.error());
    const Words& w = visit.words;
    AdminTable table{{w("roster.nip"), w("roster.name"), w("roster.opd"), w("roster.unit"), w("roster.position"),
                      w("roster.golongan")},
                     {}, {}, {}};
    for (const auto& e : *learners) table.rows.push_back({e.nip, e.name, e.opd, e.unit, e.position, e.golongan});
    return table;
}

Html opdFilter(const Words& w, const std::set<std::string>& opds, const std::optional<std::string>& chosen) {
    Html html;
    html.raw("<form method=\"get\" action=\"/admin/roster\" class=\"inline-form\"><label>")
        .text(w("roster.filter_opd"))
        .raw("<select name=\"opd\"><option value=\"\">")
        .text(w("roster.all_opds"))
        .raw("</option>");
    for (const auto& opd : opds) {
        html.raw("<option").attr("value", opd);
        if (chosen == opd) html.raw(" selected");
        html.raw(">").text(opd).raw("</option>");
    }
    return html.raw("</select></label><button type=\"submit\">").text(w("action.show")).raw("</button></form>");
}

void showRoster(AdminVisit& visit, const Html& above) {
    const Words& w = visit.words;
    const auto opd = chosenOpd(visit.req);
    auto everyone = visit.pelita.store->roster(std::nullopt);
    if (!everyone) return visit.problem(500, everyone.error());
    std::set<std::string> opds;
    for (const auto& e : *everyone) opds.insert(e.opd);
    auto table = rosterTable(visit, opd);
    if (!table) return visit.problem(500, table.error());
    Html body;
    body.append(above).append(opdFilter(w, opds, opd));
    body.raw("<p class=\"count\">").text(w("roster.count", {{"n", std::to_string(table->rows.size())}})).raw("</p>");
    body.append(tableHtml(*table, w("roster.none")));
    body.raw("<p>")
        .append(csvLink(w, "/admin/roster.csv" +
                               (opd ? "?opd=" + httplib::detail::encode_query_param(*opd) : std::string())))
        .raw("</p>");
    if (visit.canChange())
        body.raw("<section class=\"card\"><h2>")
            .text(w("roster.import_title"))
            .raw("</h2><p class=\"hint\">")
            .text(w("roster.import_hint"))
            .raw("</p><form method=\"post\" action=\"/admin/roster/import\" enctype=\"multipart/form-data\">")
            .append(csrfField(visit.session.csrfToken))
            .raw("<label>")
            .text(w("roster.file"))
            .raw("<input type=\"file\" name=\"file\" accept=\".csv,text/csv\" required></label><button type=\"submit\">")
            .text(w("roster.import"))
            .raw("</button></form></section>");
    visit.page("roster.title", body);
}

void importRoster(AdminVisit& visit) {
    const Words& w = visit.words;
    const int year = std::stoi(nowUtcIso8601().substr(0, 4));
    auto read = readRosterImport(visit.field("file"), year);
    if (!read) {
        Html errors;
        errors.raw("<div class=\"notice error\" role=\"alert\"><p>")
            .text(w("roster.refused", {{"n", std::to_string(read.error().size())}}))
            .raw("</p><ul class=\"row-problems\">");
        for (const auto& problem : read.error()) {
            errors.raw("<li>");
            if (problem.line > 0) errors.raw("<strong>").text(w("roster.line", {{"line", std::to_string(problem.line)}})).raw("</strong> ");
            errors.text(w(problem.key, problem.values)).raw("</li>");
        }
        errors.raw("</ul></div>");
        showRoster(visit, errors);
        if (visit.res.status == 200) visit.res.status = 400; // the page, saying why nothing was imported
        return;
    }
    if (auto stored = visit.pelita.store->replaceRoster(*read); !stored) return visit.problem(500, stored.error());
    if (visit.lrs.dashboardFeed) visit.lrs.dashboardFeed->pelitaChanged();
    std::set<std::string> opds;
    for (const auto& e : *read) opds.insert(e.opd);
    showRoster(visit, notice("ok", w("roster.imported", {{"n", std::to_string(read->size())},
                                                         {"opds", std::to_string(opds.size())}})));
}

} // namespace

void registerRosterPage(AdminSite& site) {
    site.addMenuItem("/admin/roster", "roster.title");
    site.view("/admin/roster", [](AdminVisit& visit) { showRoster(visit, {}); });
    site.view("/admin/roster.csv", [](AdminVisit& visit) {
        auto table = rosterTable(visit, chosenOpd(visit.req));
        if (!table) return visit.problem(500, table.error());
        visit.csv("roster.csv", *table);
    });
    site.change("/admin/roster/import", importRoster);
}

} // namespace pelita::server::admin
