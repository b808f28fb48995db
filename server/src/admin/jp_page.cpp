// JP compliance (Pemenuhan JP) for a year (?year=YYYY, this year by default):
// the share of ASN at >= 20 JP per OPD as a bar chart with the numbers beside
// it, the OPD table, and one OPD's people at /admin/jp/opd?name=..&year=..
// (name= empty: learners not on the roster). CSV: the OPD table, and every
// person's JP (all OPDs, or one with &opd=).
#include "admin_pages.h"
#include "figure_pages.h"
#include "iso8601.h"
#include "svg_bar_chart.h"

namespace pelita::server::admin {

namespace {

using analytics::JpCompliance;
using analytics::OpdCompliance;

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

// ?year=YYYY within kFirstYear..kLastYear; absent or empty: this year (UTC).
std::optional<int> chosenYear(const httplib::Request& req) {
    const auto text = req.has_param("year") ? req.get_param_value("year") : std::string();
    if (text.empty()) return std::stoi(nowUtcIso8601().substr(0, 4));
    if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const int year = std::stoi(text);
    if (year < kFirstYear || year > kLastYear) return std::nullopt;
    return year;
}

std::string opdName(const Words& w, const std::string& opd) {
    return opd == analytics::kUnknownOpd ? w("jp.unknown_opd") : opd;
}

std::string opdPage(const std::string& opd, int year) {
    return withQuery("/admin/jp/opd", {{"name", opd}, {"year", std::to_string(year)}});
}

std::string reachedText(const Words& w, bool reached) { return w(reached ? "jp.reached_yes" : "jp.reached_no"); }

AdminTable opdTable(const Words& w, const JpCompliance& jp, bool withLinks) {
    AdminTable table{{w("jp.opd"), w("jp.learners"), w("jp.reached"), w("jp.share")}, {}, {}, w("jp.people")};
    for (const auto& g : jp.opds) {
        table.rows.push_back({opdName(w, g.opd), std::to_string(g.learners), std::to_string(g.reached),
                              percentText(g.share)});
        if (withLinks) table.actions.push_back(link(opdPage(g.opd, jp.year), w("jp.see_people")));
    }
    return table;
}

// Each person of `groups`; on the page the learner's record is a link away.
AdminTable peopleTable(const Words& w, const std::vector<const OpdCompliance*>& groups, bool withLinks) {
    AdminTable table{{w("jp.opd"), w("learner.nip"), w("learner.name"), w("learner.position"), w("jp.jp"),
                      w("jp.reached_20")},
                     {}, {}, w("learner.record")};
    for (const auto* g : groups)
        for (const auto& p : g->people) {
            table.rows.push_back({opdName(w, g->opd), p.nip, p.name, p.position, figureText(p.jp),
                                  reachedText(w, p.reached)});
            if (withLinks) table.actions.push_back(link(withQuery("/admin/learner", {{"nip", p.nip}}), p.nip));
        }
    return table;
}

// The groups to list: all, or the one named by `opd` (none when no such OPD).
std::vector<const OpdCompliance*> groupsOf(const JpCompliance& jp, const std::optional<std::string>& opd) {
    std::vector<const OpdCompliance*> groups;
    for (const auto& g : jp.opds)
        if (!opd || g.opd == *opd) groups.push_back(&g);
    return groups;
}

Html yearForm(const Words& w, const std::string& action, int year, const std::optional<std::string>& opd) {
    Html html;
    html.raw("<form method=\"get\" class=\"inline-form\"").attr("action", action).raw(">");
    if (opd) html.raw("<input type=\"hidden\" name=\"name\"").attr("value", *opd).raw(">");
    return html.raw("<label>")
        .text(w("jp.year"))
        .raw("<input type=\"number\" name=\"year\"")
        .attr("min", std::to_string(kFirstYear))
        .attr("max", std::to_string(kLastYear))
        .attr("value", std::to_string(year))
        .raw("></label><button type=\"submit\">")
        .text(w("action.show"))
        .raw("</button></form>");
}

void showCompliance(AdminVisit& visit, analytics::DashboardStore& store) {
    const Words& w = visit.words;
    const auto year = chosenYear(visit.req);
    if (!year) return visit.problem(400, w("jp.bad_year"));
    auto jp = store.jpCompliance(*year);
    if (!jp) return visit.problem(500, jp.error());
    const auto y = std::to_string(*year);
    Html body;
    body.append(yearForm(w, "/admin/jp", *year, std::nullopt));
    body.raw("<p class=\"hint\">").text(w("jp.hint", {{"target", figureText(analytics::kJpTarget)}})).raw("</p>");
    if (jp->learners == 0) {
        body.raw("<p class=\"empty\">").text(w("jp.none", {{"year", y}})).raw("</p>");
        return visit.page("jp.title", body);
    }
    body.raw("<section class=\"figures\">")
        .append(figureBox(w("jp.learners"), std::to_string(jp->learners)))
        .append(figureBox(w("jp.reached"), std::to_string(jp->reached)))
        .append(figureBox(w("jp.share"), percentText(jp->share)))
        .raw("</section>");
    std::vector<Bar> bars;
    for (const auto& g : jp->opds)
        bars.push_back({opdName(w, g.opd), g.share * 100,
                        percentText(g.share) + " (" + std::to_string(g.reached) + "/" + std::to_string(g.learners) + ")"});
    body.append(sectionStart(w("jp.chart", {{"year", y}})));
    body.append(svgBarChart(bars, {w("jp.chart", {{"year", y}}), 100.0, 200}));
    body.append(tableHtml(opdTable(w, *jp, true), w("jp.none", {{"year", y}})));
    body.raw("<p>").append(csvLink(w, withQuery("/admin/jp/opds.csv", {{"year", y}}))).raw(" ");
    body.append(link(withQuery("/admin/jp/people.csv", {{"year", y}}), w("jp.people_csv"))).raw("</p></section>");
    visit.page("jp.title", body);
}

void showOpd(AdminVisit& visit, analytics::DashboardStore& store) {
    const Words& w = visit.words;
    const auto year = chosenYear(visit.req);
    if (!year) return visit.problem(400, w("jp.bad_year"));
    if (!visit.req.has_param("name")) return visit.problem(400, w("jp.no_opd"));
    const auto opd = visit.req.get_param_value("name");
    auto jp = store.jpCompliance(*year);
    if (!jp) return visit.problem(500, jp.error());
    const auto groups = groupsOf(*jp, opd);
    if (groups.empty()) return visit.problem(404, w("jp.unknown", {{"opd", opd}}));
    const auto& g = *groups.front();
    const auto y = std::to_string(*year);
    Html body;
    body.append(yearForm(w, "/admin/jp/opd", *year, opd));
    body.raw("<p>").append(link(withQuery("/admin/jp", {{"year", y}}), w("jp.back"))).raw("</p>");
    body.append(sectionStart(opdName(w, g.opd) + " · " + y));
    body.raw("<section class=\"figures\">")
        .append(figureBox(w("jp.learners"), std::to_string(g.learners)))
        .append(figureBox(w("jp.reached"), std::to_string(g.reached)))
        .append(figureBox(w("jp.share"), percentText(g.share)))
        .raw("</section>");
    body.append(tableHtml(peopleTable(w, groups, true), w("jp.none", {{"year", y}})));
    body.raw("<p>").append(csvLink(w, withQuery("/admin/jp/people.csv", {{"year", y}, {"opd", opd}}))).raw("</p></section>");
    visit.page("jp.title", body);
}

} // namespace

void registerJpPage(AdminSite& site) {
    site.addMenuItem("/admin/jp", "jp.title");
    site.view("/admin/jp", withFigures(showCompliance));
    site.view("/admin/jp/opd", withFigures(showOpd));
    site.view("/admin/jp/opds.csv", withFigures([](AdminVisit& visit, analytics::DashboardStore& store) {
        const auto year = chosenYear(visit.req);
        if (!year) return visit.problem(400, visit.words("jp.bad_year"));
        auto jp = store.jpCompliance(*year);
        if (!jp) return visit.problem(500, jp.error());
        visit.csv("jp-opd-" + std::to_string(*year) + ".csv", opdTable(visit.words, *jp, false));
    }));
    site.view("/admin/jp/people.csv", withFigures([](AdminVisit& visit, analytics::DashboardStore& store) {
        const auto year = chosenYear(visit.req);
        if (!year) return visit.problem(400, visit.words("jp.bad_year"));
        auto jp = store.jpCompliance(*year);
        if (!jp) return visit.problem(500, jp.error());
        std::optional<std::string> opd;
        if (visit.req.has_param("opd")) opd = visit.req.get_param_value("opd");
        visit.csv("jp-" + std::to_string(*year) + ".csv", peopleTable(visit.words, groupsOf(*jp, opd), false));
    }));
}

} // namespace pelita::server::admin
