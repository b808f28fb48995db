// Courses (Kursus): per course, learners enrolled, completed, passed and
// failed, the average best score, the median days to complete and the
// remedial attempts; titles in the visitor's language. CSV: the same table.
#include "admin_pages.h"
#include "figure_pages.h"
#include "svg_bar_chart.h"

namespace pelita::server::admin {

namespace {

Expected<AdminTable, std::string> courseTable(const Words& w, analytics::DashboardStore& store) {
    auto courses = store.courses();
    if (!courses) return unexpected(courses.error());
    AdminTable table{{w("courses.course"), w("courses.enrolled"), w("courses.completed"), w("courses.passed"),
                      w("courses.failed"), w("courses.average_score"), w("courses.median_days"),
                      w("courses.remedial"), w("courses.iri")},
                     {}, {}, {}};
    for (const auto& c : *courses)
        table.rows.push_back({titleOr(c.title, w, c.course), std::to_string(c.enrolled), std::to_string(c.completed),
                              std::to_string(c.passed), std::to_string(c.failed),
                              c.averageScore ? percentText(*c.averageScore) : "—",
                              c.medianDaysToComplete ? figureText(*c.medianDaysToComplete) : "—",
                              std::to_string(c.remedialAttempts), c.course});
    return table;
}

void showCourses(AdminVisit& visit, analytics::DashboardStore& store) {
    const Words& w = visit.words;
    auto table = courseTable(w, store);
    if (!table) return visit.problem(500, table.error());
    Html body;
    body.raw("<p class=\"hint\">").text(w("courses.hint")).raw("</p>");
    body.append(tableHtml(*table, w("courses.none")));
    if (!table->rows.empty()) body.raw("<p>").append(csvLink(w, "/admin/courses.csv")).raw("</p>");
    visit.page("courses.title", body);
}

} // namespace

void registerCoursesPage(AdminSite& site) {
    site.addMenuItem("/admin/courses", "courses.title");
    site.view("/admin/courses", withFigures(showCourses));
    site.view("/admin/courses.csv", withFigures([](AdminVisit& visit, analytics::DashboardStore& store) {
        auto table = courseTable(visit.words, store);
        if (!table) return visit.problem(500, table.error());
        visit.csv("courses.csv", *table);
    }));
}

} // namespace pelita::server::admin
