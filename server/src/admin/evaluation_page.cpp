// Evaluation (Evaluasi): the likert course-evaluation surveys, per course
// (?course=IRI narrows to one): per item the distribution over its scale as
// bars with the counts beside them, and its mean; then the free-text
// comments. CSV: the distributions (one row per item and option) and the
// comments.
#include "admin_pages.h"
#include "figure_pages.h"
#include "svg_bar_chart.h"

namespace pelita::server::admin {

namespace {

using analytics::CourseEvaluation;
using analytics::LikertItem;

std::string optionLabel(const Words& w, const LikertItem::Option& o) { return titleOr(o.label, w, o.id); }

std::string meanText(const Words& w, const LikertItem& item) {
    if (!item.mean) return w("evaluation.no_mean", {{"n", std::to_string(item.answers)}});
    return w("evaluation.mean", {{"mean", decimalText(item.mean)},
                                 {"top", std::to_string(item.distribution.size())},
                                 {"n", std::to_string(item.answers)}});
}

AdminTable distributionTable(const Words& w, const std::vector<CourseEvaluation>& evaluations) {
    AdminTable table{{w("courses.course"), w("evaluation.item"), w("evaluation.option"), w("evaluation.position"),
                      w("evaluation.answers"), w("evaluation.item_mean"), w("courses.iri"), w("items.iri")},
                     {}, {}, {}};
    for (const auto& e : evaluations)
        for (const auto& item : e.items)
            for (const auto& o : item.distribution)
                table.rows.push_back({titleOr(e.title, w, e.course), titleOr(item.text, w, item.question),
                                      optionLabel(w, o), o.position ? std::to_string(o.position) : "",
                                      std::to_string(o.answers), decimalText(item.mean), e.course, item.question});
    return table;
}

// The comments of `evaluations`; `withCourse` adds the course column (the export).
AdminTable commentTable(const Words& w, const std::vector<CourseEvaluation>& evaluations, bool withCourse) {
    AdminTable table{{w("evaluation.item"), w("evaluation.at"), w("evaluation.comment")}, {}, {}, {}};
    if (withCourse) table.headers.insert(table.headers.begin(), w("courses.course"));
    for (const auto& e : evaluations)
        for (const auto& c : e.comments) {
            std::vector<std::string> row{titleOr(c.questionText, w, c.question), c.at, c.text};
            if (withCourse) row.insert(row.begin(), titleOr(e.title, w, e.course));
            table.rows.push_back(std::move(row));
        }
    return table;
}

Html courseSection(const Words& w, const CourseEvaluation& e) {
    Html html;
    html.append(sectionStart(titleOr(e.title, w, e.course)));
    for (const auto& item : e.items) {
        const auto stem = titleOr(item.text, w, item.question);
        std::vector<Bar> bars;
        for (const auto& o : item.distribution) bars.push_back({optionLabel(w, o), static_cast<double>(o.answers), {}});
        html.raw("<h3>").text(stem).raw("</h3><p class=\"count\">").text(meanText(w, item)).raw("</p>");
        html.append(svgBarChart(bars, {stem, std::nullopt, 160}));
    }
    html.raw("<h3>").text(w("evaluation.comments")).raw("</h3>");
    html.append(tableHtml(commentTable(w, {e}, false), w("evaluation.no_comments")));
    return html.raw("</section>");
}

void showEvaluation(AdminVisit& visit, analytics::DashboardStore& store) {
    const Words& w = visit.words;
    const auto course = queryValue(visit.req, "course");
    auto choices = courseChoices(store, w);
    if (!choices) return visit.problem(500, choices.error());
    auto evaluations = store.evaluations(course);
    if (!evaluations) return visit.problem(500, evaluations.error());
    Html body;
    body.append(courseFilter(w, "/admin/evaluation", *choices, course));
    if (evaluations->empty()) {
        body.raw("<p class=\"empty\">").text(w("evaluation.none")).raw("</p>");
        return visit.page("evaluation.title", body);
    }
    for (const auto& e : *evaluations) body.append(courseSection(w, e));
    body.raw("<p>").append(csvLink(w, withQuery("/admin/evaluation.csv", {{"course", course}}))).raw(" ");
    body.append(link(withQuery("/admin/evaluation/comments.csv", {{"course", course}}), w("evaluation.comments_csv")));
    body.raw("</p>");
    visit.page("evaluation.title", body);
}

// A CSV of the chosen course's evaluations, made by `table`.
PageHandler evaluationCsv(const char* filename, AdminTable (*table)(const Words&, const std::vector<CourseEvaluation>&)) {
    return withFigures([filename, table](AdminVisit& visit, analytics::DashboardStore& store) {
        auto evaluations = store.evaluations(queryValue(visit.req, "course"));
        if (!evaluations) return visit.problem(500, evaluations.error());
        visit.csv(filename, table(visit.words, *evaluations));
    });
}

} // namespace

void registerEvaluationPage(AdminSite& site) {
    site.addMenuItem("/admin/evaluation", "evaluation.title");
    site.view("/admin/evaluation", withFigures(showEvaluation));
    site.view("/admin/evaluation.csv", evaluationCsv("evaluation.csv", distributionTable));
    site.view("/admin/evaluation/comments.csv",
              evaluationCsv("evaluation-comments.csv", [](const Words& w, const std::vector<CourseEvaluation>& e) {
                  return commentTable(w, e, true);
              }));
}

} // namespace pelita::server::admin
