// Training needs (Kebutuhan Pelatihan): the topics (modules) with the lowest
// mastery per OPD (?by=opd, the default) or per position (?by=position). Per
// group, a bar chart of its weakest topics; then every row as a table and CSV,
// the evidence a training-needs analysis asks for.
#include <map>

#include "admin_pages.h"
#include "figure_pages.h"
#include "svg_bar_chart.h"

namespace pelita::server::admin {

namespace {

using analytics::GroupBy;
using analytics::TopicMastery;

constexpr std::size_t kTopicsCharted = 5; // per group: enough to say what to teach next

std::optional<GroupBy> chosenGrouping(const httplib::Request& req) {
    const auto by = queryValue(req, "by");
    if (by.empty() || by == "opd") return GroupBy::Opd;
    if (by == "position") return GroupBy::Position;
    return std::nullopt;
}

std::string groupName(const Words& w, GroupBy by, const std::string& group) {
    if (group != analytics::kUnknownOpd) return group;
    return w(by == GroupBy::Opd ? "jp.unknown_opd" : "needs.unknown_position");
}

std::string masteryText(const TopicMastery& t) {
    return percentText(t.mastery) + " (" + std::to_string(t.correct) + "/" + std::to_string(t.answers) + ")";
}

AdminTable needsTable(const Words& w, GroupBy by, const std::vector<TopicMastery>& topics) {
    AdminTable table{{w(by == GroupBy::Opd ? "jp.opd" : "learner.position"), w("needs.topic"), w("needs.answers"),
                      w("needs.correct"), w("needs.mastery"), w("needs.topic_iri"), w("courses.iri")},
                     {}, {}, {}};
    for (const auto& t : topics)
        table.rows.push_back({groupName(w, by, t.group), titleOr(t.title, w, t.topic), std::to_string(t.answers),
                              std::to_string(t.correct), percentText(t.mastery), t.topic, t.course});
    return table;
}

// Each group's weakest topics as bars; groups in the order of their weakest topic.
Html groupCharts(const Words& w, GroupBy by, const std::vector<TopicMastery>& topics) {
    std::vector<std::string> order;
    std::map<std::string, std::vector<Bar>> bars;
    for (const auto& t : topics) {
        auto& mine = bars[t.group];
        if (mine.empty()) order.push_back(t.group);
        if (mine.size() < kTopicsCharted) mine.push_back({titleOr(t.title, w, t.topic), t.mastery * 100, masteryText(t)});
    }
    Html html;
    for (const auto& group : order) {
        const auto name = groupName(w, by, group);
        html.raw("<h3>").text(name).raw("</h3>");
        html.append(svgBarChart(bars[group], {w("needs.chart", {{"group", name}}), 100.0, 220}));
    }
    return html;
}

Html groupingForm(const Words& w, GroupBy by) {
    Html html;
    html.raw("<form method=\"get\" action=\"/admin/needs\" class=\"inline-form\"><label>")
        .text(w("needs.by"))
        .raw("<select name=\"by\"><option value=\"opd\"")
        .raw(by == GroupBy::Opd ? " selected>" : ">")
        .text(w("needs.by_opd"))
        .raw("</option><option value=\"position\"")
        .raw(by == GroupBy::Position ? " selected>" : ">")
        .text(w("needs.by_position"))
        .raw("</option></select></label><button type=\"submit\">")
        .text(w("action.show"))
        .raw("</button></form>");
    return html;
}

void showNeeds(AdminVisit& visit, analytics::DashboardStore& store) {
    const Words& w = visit.words;
    const auto by = chosenGrouping(visit.req);
    if (!by) return visit.problem(400, w("needs.bad_by"));
    auto topics = store.trainingNeeds(*by);
    if (!topics) return visit.problem(500, topics.error());
    Html body;
    body.append(groupingForm(w, *by));
    body.raw("<p class=\"hint\">").text(w("needs.hint")).raw("</p>");
    if (topics->empty()) {
        body.raw("<p class=\"empty\">").text(w("needs.none")).raw("</p>");
        return visit.page("needs.title", body);
    }
    body.append(sectionStart(w("needs.weakest"))).append(groupCharts(w, *by, *topics)).raw("</section>");
    body.append(sectionStart(w("needs.all")));
    body.append(tableHtml(needsTable(w, *by, *topics), w("needs.none")));
    const auto byCode = *by == GroupBy::Opd ? "opd" : "position";
    body.raw("<p>").append(csvLink(w, withQuery("/admin/needs.csv", {{"by", byCode}}))).raw("</p></section>");
    visit.page("needs.title", body);
}

} // namespace

void registerNeedsPage(AdminSite& site) {
    site.addMenuItem("/admin/needs", "needs.title");
    site.view("/admin/needs", withFigures(showNeeds));
    site.view("/admin/needs.csv", withFigures([](AdminVisit& visit, analytics::DashboardStore& store) {
        const auto by = chosenGrouping(visit.req);
        if (!by) return visit.problem(400, visit.words("needs.bad_by"));
        auto topics = store.trainingNeeds(*by);
        if (!topics) return visit.problem(500, topics.error());
        visit.csv(*by == GroupBy::Opd ? "training-needs-opd.csv" : "training-needs-position.csv",
                  needsTable(visit.words, *by, *topics));
    }));
}

} // namespace pelita::server::admin
