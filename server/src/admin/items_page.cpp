// Item analysis (Analisis Soal): per quiz question, hardest first, its stem,
// type, answers, share correct, discrimination (point-biserial, two decimals),
// the most chosen wrong answer and the flags in words; ?course=IRI narrows it
// to one course. CSV: the same table with the question's IRI.
#include "admin_pages.h"
#include "figure_pages.h"

namespace pelita::server::admin {

namespace {

std::string flagsText(const Words& w, const analytics::QuestionFigures& q) {
    std::string flags;
    const auto add = [&](bool on, const char* key) {
        if (on) flags += (flags.empty() ? "" : ", ") + w(key);
    };
    add(q.tooEasy, "items.flag_too_easy");
    add(q.tooHard, "items.flag_too_hard");
    add(q.negativeDiscrimination, "items.flag_negative");
    return flags;
}

std::string wrongText(const analytics::QuestionFigures& q) {
    if (q.mostChosenWrong.empty()) return "—";
    return q.mostChosenWrong + " (" + std::to_string(q.mostChosenWrongCount) + "×)";
}

Expected<AdminTable, std::string> itemTable(const Words& w, analytics::DashboardStore& store,
                                            const std::string& course) {
    auto items = store.itemAnalysis(course);
    if (!items) return unexpected(items.error());
    AdminTable table{{w("items.question"), w("items.type"), w("items.answers"), w("items.share_correct"),
                      w("items.discrimination"), w("items.wrong"), w("items.flags"), w("items.iri")},
                     {}, {}, {}};
    for (const auto& q : *items)
        table.rows.push_back({titleOr(q.text, w, q.question), q.interactionType, std::to_string(q.answers),
                              percentText(q.shareCorrect), decimalText(q.discrimination), wrongText(q),
                              flagsText(w, q), q.question});
    return table;
}

void showItems(AdminVisit& visit, analytics::DashboardStore& store) {
    const Words& w = visit.words;
    const auto course = queryValue(visit.req, "course");
    auto choices = courseChoices(store, w);
    if (!choices) return visit.problem(500, choices.error());
    auto table = itemTable(w, store, course);
    if (!table) return visit.problem(500, table.error());
    Html body;
    body.append(courseFilter(w, "/admin/items", *choices, course));
    body.raw("<p class=\"hint\">").text(w("items.hint")).raw("</p>");
    body.append(tableHtml(*table, w("items.none")));
    if (!table->rows.empty())
        body.raw("<p>").append(csvLink(w, withQuery("/admin/items.csv", {{"course", course}}))).raw("</p>");
    visit.page("items.title", body);
}

} // namespace

void registerItemsPage(AdminSite& site) {
    site.addMenuItem("/admin/items", "items.title");
    site.view("/admin/items", withFigures(showItems));
    site.view("/admin/items.csv", withFigures([](AdminVisit& visit, analytics::DashboardStore& store) {
        auto table = itemTable(visit.words, store, queryValue(visit.req, "course"));
        if (!table) return visit.problem(500, table.error());
        visit.csv("item-analysis.csv", *table);
    }));
}

} // namespace pelita::server::admin
