// Kursus Wajib: courses made mandatory for an OPD, a position (jabatan), both,
// or everyone, with a due date. Kiosks pull them (GET /pelita/v1/assignments)
// and put them first on the learner's home screen. Assigning the same course
// to the same group again moves its due date.
#include <algorithm>
#include <set>

#include "admin_pages.h"
#include "pelita_catalogue.h"
#include "pelita_context.h"

namespace pelita::server::admin {

namespace {

// The listed package's title; the IRI for a course no longer listed.
std::string courseTitle(const std::vector<PublishedPackage>& listed, const std::string& iri, Language language) {
    for (const auto& p : listed)
        if (p.courseIri == iri) return packageTitle(p, language);
    return iri;
}

Expected<std::vector<PublishedPackage>, std::string> listedCourses(AdminVisit& visit) {
    auto all = visit.pelita.store->packages();
    if (!all) return unexpected(all.error());
    return listedPerCourse(std::move(*all), std::nullopt);
}

Expected<AdminTable, std::string> assignmentTable(AdminVisit& visit, bool withActions) {
    auto assigned = visit.pelita.store->assignments(std::nullopt);
    if (!assigned) return unexpected(assigned.error());
    auto listed = listedCourses(visit);
    if (!listed) return unexpected(listed.error());
    const Words& w = visit.words;
    AdminTable table{{w("assign.course"), w("assign.opd"), w("assign.position"), w("assign.due"), w("assign.iri")},
                     {}, {}, w("assign.actions")};
    for (const auto& a : *assigned) {
        table.rows.push_back({courseTitle(*listed, a.courseIri, w.language()),
                              a.opd.empty() ? w("assign.every_opd") : a.opd,
                              a.position.empty() ? w("assign.every_position") : a.position, a.due, a.courseIri});
        if (!withActions) continue;
        Html action;
        action.raw("<form method=\"post\" action=\"/admin/assignments/remove\" class=\"inline\">")
            .append(csrfField(visit.session.csrfToken))
            .raw("<input type=\"hidden\" name=\"id\"")
            .attr("value", std::to_string(a.id))
            .raw("><button type=\"submit\" class=\"danger\">")
            .text(w("assign.remove"))
            .raw("</button></form>");
        table.actions.push_back(std::move(action));
    }
    return table;
}

// The form: a listed course, an OPD and a position from the roster (or any
// typed), a due date.
Html assignForm(AdminVisit& visit, const std::vector<PublishedPackage>& listed) {
    const Words& w = visit.words;
    std::set<std::string> opds, positions;
    if (auto everyone = visit.pelita.store->roster(std::nullopt))
        for (const auto& e : *everyone) {
            opds.insert(e.opd);
            if (!e.position.empty()) positions.insert(e.position);
        }
    Html form;
    form.raw("<section class=\"card\"><h2>")
        .text(w("assign.add_title"))
        .raw("</h2><p class=\"hint\">")
        .text(w("assign.add_hint"))
        .raw("</p><form method=\"post\" action=\"/admin/assignments/add\">")
        .append(csrfField(visit.session.csrfToken))
        .raw("<label>")
        .text(w("assign.course"))
        .raw("<select name=\"course\" required>");
    for (const auto& p : listed)
        form.raw("<option").attr("value", p.courseIri).raw(">").text(courseTitle(listed, p.courseIri, w.language()))
            .raw("</option>");
    form.raw("</select></label><label>").text(w("assign.opd")).raw("<select name=\"opd\"><option value=\"\">")
        .text(w("assign.every_opd")).raw("</option>");
    for (const auto& opd : opds) form.raw("<option").attr("value", opd).raw(">").text(opd).raw("</option>");
    form.raw("</select></label><label>")
        .text(w("assign.position"))
        .raw("<input name=\"position\" list=\"positions\" maxlength=\"200\"")
        .attr("placeholder", w("assign.every_position"))
        .raw("><datalist id=\"positions\">");
    for (const auto& position : positions) form.raw("<option").attr("value", position).raw(">");
    return form.raw("</datalist></label><label>")
        .text(w("assign.due"))
        .raw("<input type=\"date\" name=\"due\" required></label><button type=\"submit\">")
        .text(w("assign.add"))
        .raw("</button></form></section>");
}

void showAssignments(AdminVisit& visit, const Html& above) {
    const Words& w = visit.words;
    auto table = assignmentTable(visit, visit.canChange());
    if (!table) return visit.problem(500, table.error());
    auto listed = listedCourses(visit);
    if (!listed) return visit.problem(500, listed.error());
    Html body;
    body.append(above);
    body.raw("<p class=\"hint\">").text(w("assign.explain")).raw("</p>");
    body.append(tableHtml(*table, w("assign.none")));
    body.raw("<p>").append(csvLink(w, "/admin/assignments.csv")).raw("</p>");
    if (visit.canChange()) {
        if (listed->empty()) body.append(notice("error", w("assign.no_courses")));
        else body.append(assignForm(visit, *listed));
    }
    visit.page("assign.title", body);
}

// A real calendar date, YYYY-MM-DD, as <input type="date"> sends it.
bool isCalendarDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    const int year = std::stoi(text.substr(0, 4)), month = std::stoi(text.substr(5, 2)), day = std::stoi(text.substr(8));
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 2000 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

void refuse(AdminVisit& visit, const std::string& key) {
    showAssignments(visit, notice("error", visit.words(key)));
    visit.res.status = 400;
}

void add(AdminVisit& visit) {
    Assignment a;
    a.courseIri = visit.field("course");
    a.opd = visit.field("opd");
    a.position = visit.field("position");
    a.due = visit.field("due");
    auto listed = listedCourses(visit);
    if (!listed) return visit.problem(500, listed.error());
    const bool known = std::any_of(listed->begin(), listed->end(),
                                   [&](const PublishedPackage& p) { return p.courseIri == a.courseIri; });
    if (!known) return refuse(visit, "assign.unknown_course");
    if (!isCalendarDate(a.due)) return refuse(visit, "assign.bad_date");
    if (a.opd.size() > 200 || a.position.size() > 200) return refuse(visit, "assign.too_long");
    if (auto stored = visit.pelita.store->assign(a); !stored) return visit.problem(500, stored.error());
    const auto title = courseTitle(*listed, a.courseIri, visit.words.language());
    showAssignments(visit, notice("ok", visit.words("assign.added", {{"title", title}, {"due", a.due}})));
}

void remove(AdminVisit& visit) {
    const auto id = visit.field("id");
    if (id.empty() || id.size() > 18 || id.find_first_not_of("0123456789") != std::string::npos)
        return visit.problem(404, visit.words("assign.unknown"));
    auto removed = visit.pelita.store->unassign(std::stoll(id));
    if (!removed) return visit.problem(500, removed.error());
    if (!*removed) return visit.problem(404, visit.words("assign.unknown"));
    showAssignments(visit, notice("ok", visit.words("assign.removed")));
}

} // namespace

void registerAssignmentsPage(AdminSite& site) {
    site.addMenuItem("/admin/assignments", "assign.title");
    site.view("/admin/assignments", [](AdminVisit& visit) { showAssignments(visit, {}); });
    site.view("/admin/assignments.csv", [](AdminVisit& visit) {
        auto table = assignmentTable(visit, false);
        if (!table) return visit.problem(500, table.error());
        visit.csv("kursus-wajib.csv", *table);
    });
    site.change("/admin/assignments/add", add);
    site.change("/admin/assignments/remove", remove);
}

} // namespace pelita::server::admin
