// Overview: how many learners, courses and kiosks; statements stored per day
// over the last 30 days; kiosks silent for N days (?days=N, default 7).
#include <memory>

#include "admin_pages.h"
#include "iso8601.h"
#include "lrs_routes.h"
#include "pelita_catalogue.h"
#include "pelita_context.h"
#include "figure_pages.h"
#include "svg_bar_chart.h"

namespace pelita::server::admin {

namespace {

constexpr int kChartDays = 30;
constexpr int kDefaultSilentDays = 7;
constexpr std::int64_t kDayMillis = 24LL * 60 * 60 * 1000;

// ?days=N: 1-365, or nothing when it is not such a number.
std::optional<int> silentDays(const httplib::Request& req) {
    if (!req.has_param("days")) return kDefaultSilentDays;
    const auto text = req.get_param_value("days");
    if (text.empty() || text.size() > 3 || text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const int days = std::stoi(text);
    if (days < 1 || days > 365) return std::nullopt;
    return days;
}

Expected<AdminTable, std::string> silentKiosks(AdminVisit& visit, int days) {
    auto kiosks = listKiosks(visit);
    if (!kiosks) return unexpected(kiosks.error());
    const auto cutoff = utcIso8601(nowEpochMillis() - days * kDayMillis);
    const Words& w = visit.words;
    AdminTable table{{w("kiosk.name"), w("kiosk.opd"), w("kiosk.last_contact")}, {}, {}, {}};
    for (const auto& k : *kiosks)
        if (!k.credential.revoked && k.record.lastContact < cutoff)
            table.rows.push_back({k.credential.name, k.record.opd, displayTime(k.record.lastContact, w("kiosk.never"))});
    return table;
}

Expected<AdminTable, std::string> statementTable(AdminVisit& visit, analytics::DashboardStore& figures) {
    auto series = figures.statementsByDay(kChartDays, nowEpochMillis());
    if (!series) return unexpected(series.error());
    AdminTable table{{visit.words("overview.day"), visit.words("overview.statements")}, {}, {}, {}};
    for (const auto& [day, count] : *series) table.rows.push_back({day, std::to_string(count)});
    return table;
}

Html figure(const std::string& label, std::size_t value) {
    Html html;
    return html.raw("<div class=\"figure\"><span class=\"value\">")
        .text(std::to_string(value))
        .raw("</span><span class=\"label\">")
        .text(label)
        .raw("</span></div>");
}

void overview(AdminVisit& visit, analytics::DashboardStore& figures) {
    const Words& w = visit.words;
    const auto days = silentDays(visit.req);
    if (!days) return visit.problem(400, w("overview.bad_days"));
    auto learners = visit.pelita.store->roster(std::nullopt);
    auto packages = visit.pelita.store->packages();
    auto kiosks = listKiosks(visit);
    auto perDay = statementTable(visit, figures);
    auto silent = silentKiosks(visit, *days);
    for (const std::string* error : {learners ? nullptr : &learners.error(), packages ? nullptr : &packages.error(),
                                     kiosks ? nullptr : &kiosks.error(), perDay ? nullptr : &perDay.error(),
                                     silent ? nullptr : &silent.error()})
        if (error) return visit.problem(500, *error);
    std::erase_if(*packages, [](const PublishedPackage& p) { return p.withdrawn.has_value(); });
    std::erase_if(*kiosks, [](const KioskView& k) { return k.credential.revoked.has_value(); });

    Html body;
    body.raw("<section class=\"figures\">")
        .append(figure(w("overview.learners"), learners->size()))
        .append(figure(w("overview.courses"), newestPerCourse(*packages, std::nullopt).size()))
        .append(figure(w("overview.kiosks"), kiosks->size()))
        .raw("</section>");

    std::vector<Bar> bars;
    for (const auto& row : perDay->rows) bars.push_back({row[0], static_cast<double>(std::stoll(row[1])), {}});
    body.raw("<section><h2>").text(w("overview.statements_title")).raw("</h2>");
    body.append(svgBarChart(bars, {w("overview.statements_title"), std::nullopt, 110}));
    body.raw("<p>").append(csvLink(w, "/admin/overview/statements.csv")).raw("</p></section>");

    body.raw("<section><h2>").text(w("overview.silent_title", {{"days", std::to_string(*days)}})).raw("</h2>");
    body.raw("<form method=\"get\" action=\"/admin/overview\" class=\"inline-form\"><label>")
        .text(w("overview.silent_days"))
        .raw("<input type=\"number\" name=\"days\" min=\"1\" max=\"365\"")
        .attr("value", std::to_string(*days))
        .raw("></label><button type=\"submit\">")
        .text(w("action.show"))
        .raw("</button></form>");
    body.append(tableHtml(*silent, w("overview.none_silent")));
    body.raw("<p>").append(csvLink(w, "/admin/overview/silent-kiosks.csv?days=" + std::to_string(*days))).raw("</p>");
    body.raw("</section>");
    visit.page("overview.title", body);
}

} // namespace

void registerOverviewPage(AdminSite& site) {
    site.addMenuItem("/admin/overview", "overview.title");
    // The chart's counts are the dashboard's (analytics_stored_days), so the
    // page never scans the statements.
    site.view("/admin/overview", withFigures(overview));
    site.view("/admin/overview/statements.csv", withFigures([](AdminVisit& visit, analytics::DashboardStore& figures) {
        auto table = statementTable(visit, figures);
        if (!table) return visit.problem(500, table.error());
        visit.csv("statements-per-day.csv", *table);
    }));
    site.view("/admin/overview/silent-kiosks.csv", [](AdminVisit& visit) {
        const auto days = silentDays(visit.req);
        if (!days) return visit.problem(400, visit.words("overview.bad_days"));
        auto table = silentKiosks(visit, *days);
        if (!table) return visit.problem(500, table.error());
        visit.csv("silent-kiosks.csv", *table);
    });
}

} // namespace pelita::server::admin
