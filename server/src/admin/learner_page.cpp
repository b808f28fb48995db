// Learner (Peserta): one ASN's record found by NIP (?nip=): name, OPD,
// position, whether the roster lists them, their courses (status, best score,
// JP, certificate, attempts) and JP per year. Exports: the courses, the JP per
// year, and the SIASN "riwayat kursus" CSV (/admin/learner/siasn.csv?nip=) with
// the kiosk's columns (docs/siasn-export.md). An unknown NIP is a 404.
#include <cctype>
#include <cmath>

#include "admin_pages.h"
#include "figure_pages.h"
#include "svg_bar_chart.h"

namespace pelita::server::admin {

namespace {

using analytics::LearnerRecord;

constexpr std::size_t kMaxNip = 200; // NIPs are 18 digits; other ids (mbox, PPPK) are longer but not this long

using LearnerPage = void (*)(AdminVisit&, const LearnerRecord&);

// Loads the learner named by ?nip= and hands it to `show`; 400 when the NIP is
// missing or absurd, 404 when nobody has it.
PageHandler withLearner(LearnerPage show) {
    return withFigures([show](AdminVisit& visit, analytics::DashboardStore& store) {
        const Words& w = visit.words;
        const auto nip = queryValue(visit.req, "nip");
        if (nip.empty() || nip.size() > kMaxNip) return visit.problem(400, w("learner.bad_nip"));
        auto record = store.learner(nip);
        if (!record) return visit.problem(500, record.error());
        if (!*record) return visit.problem(404, w("learner.not_found", {{"nip", nip}}));
        show(visit, **record);
    });
}

std::string statusText(const Words& w, const std::string& status) {
    if (status == "passed") return w("learner.status_passed");
    if (status == "failed") return w("learner.status_failed");
    if (status == "completed") return w("learner.status_completed");
    return w("learner.status_in_progress");
}

std::string dayOf(const std::string& timestamp) { return timestamp.substr(0, 10); }

AdminTable courseTable(const Words& w, const LearnerRecord& r) {
    AdminTable table{{w("courses.course"), w("learner.status"), w("learner.best_score"), w("jp.jp"),
                      w("learner.certificate"), w("learner.attempts"), w("learner.started"), w("learner.passed_at"),
                      w("courses.iri")},
                     {}, {}, {}};
    for (const auto& c : r.courses)
        table.rows.push_back({titleOr(c.title, w, c.course), statusText(w, c.status),
                              c.bestScore ? percentText(*c.bestScore) : "—", figureText(c.jp), c.certificate,
                              std::to_string(c.attempts), dayOf(c.firstAt), dayOf(c.passedAt), c.course});
    return table;
}

AdminTable jpTable(const Words& w, const LearnerRecord& r) {
    AdminTable table{{w("jp.year"), w("jp.jp"), w("jp.reached_20")}, {}, {}, {}};
    for (auto it = r.jpByYear.rbegin(); it != r.jpByYear.rend(); ++it)
        table.rows.push_back({std::to_string(it->first), figureText(it->second),
                              w(it->second >= analytics::kJpTarget ? "jp.reached_yes" : "jp.reached_no")});
    return table;
}

// SIASN's columns exactly as the kiosk's export writes them (client/certificate/siasn_export.cpp).
AdminTable siasnTable(const LearnerRecord& r) {
    AdminTable table{{"nipBaru", "pnsOrangId", "id", "instansiId", "institusiPenyelenggara", "jenisDiklatId",
                      "jenisKursus", "jenisKursusSertipikat", "jumlahJam", "lokasiId", "namaKursus",
                      "nomorSertipikat", "tahunKursus", "tanggalKursus", "tanggalSelesaiKursus"},
                     {}, {}, {}};
    for (const auto& s : r.siasn)
        table.rows.push_back({s.nip, "", "", "", s.institusiPenyelenggara, "", "", "",
                              std::to_string(std::llround(s.jumlahJam)), "", s.namaKursus, s.nomorSertipikat,
                              std::to_string(s.tahunKursus), s.tanggalKursus, s.tanggalSelesaiKursus});
    return table;
}

// The NIP as it may stand in a file name: anything but letters, digits, '.', '-' becomes '_'.
std::string fileSafe(const std::string& nip) {
    std::string out = nip;
    for (auto& c : out)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-') c = '_';
    return out;
}

Html searchForm(const Words& w, const std::string& nip) {
    Html html;
    return html.raw("<form method=\"get\" action=\"/admin/learner\" class=\"inline-form\"><label>")
        .text(w("learner.nip"))
        .raw("<input type=\"search\" name=\"nip\" required")
        .attr("maxlength", std::to_string(kMaxNip))
        .attr("value", nip)
        .raw("></label><button type=\"submit\">")
        .text(w("learner.search"))
        .raw("</button></form>");
}

void showRecord(AdminVisit& visit, const LearnerRecord& r) {
    const Words& w = visit.words;
    const auto csv = [&r](const std::string& path) { return withQuery(path, {{"nip", r.nip}}); };
    Html body;
    body.append(searchForm(w, r.nip));
    body.raw("<section class=\"card\">").element("h2", r.name.empty() ? r.nip : r.name).raw("<dl class=\"facts\">");
    const std::pair<std::string, std::string> facts[] = {
        {w("learner.nip"), r.nip},
        {w("jp.opd"), r.opd.empty() ? "—" : r.opd},
        {w("learner.position"), r.position.empty() ? "—" : r.position},
        {w("learner.roster"), w(r.onRoster ? "learner.on_roster" : "learner.not_on_roster")}};
    for (const auto& [label, value] : facts) body.element("dt", label).element("dd", value);
    body.raw("</dl></section>");

    body.append(sectionStart(w("learner.courses")));
    body.append(tableHtml(courseTable(w, r), w("learner.no_courses")));
    if (!r.courses.empty()) body.raw("<p>").append(csvLink(w, csv("/admin/learner/courses.csv"))).raw("</p>");
    body.raw("</section>");

    body.append(sectionStart(w("learner.jp_by_year")));
    body.append(tableHtml(jpTable(w, r), w("learner.no_jp")));
    if (!r.jpByYear.empty()) body.raw("<p>").append(csvLink(w, csv("/admin/learner/jp.csv"))).raw("</p>");
    body.raw("</section>");

    body.append(sectionStart(w("learner.siasn")));
    body.raw("<p class=\"hint\">").text(w("learner.siasn_hint")).raw("</p>");
    if (r.siasn.empty()) body.raw("<p class=\"empty\">").text(w("learner.no_siasn")).raw("</p>");
    else body.raw("<p>").append(link(csv("/admin/learner/siasn.csv"), w("learner.siasn_csv"))).raw("</p>");
    body.raw("</section>");
    visit.page("learner.title", body);
}

} // namespace

void registerLearnerPage(AdminSite& site) {
    site.addMenuItem("/admin/learner", "learner.title");
    const auto record = withLearner(showRecord);
    site.view("/admin/learner", withFigures([record](AdminVisit& visit, analytics::DashboardStore&) {
        if (visit.req.has_param("nip")) return record(visit);
        Html body;
        body.append(searchForm(visit.words, {}));
        body.raw("<p class=\"hint\">").text(visit.words("learner.hint")).raw("</p>");
        visit.page("learner.title", body);
    }));
    site.view("/admin/learner/courses.csv", withLearner([](AdminVisit& visit, const LearnerRecord& r) {
        visit.csv("courses-" + fileSafe(r.nip) + ".csv", courseTable(visit.words, r));
    }));
    site.view("/admin/learner/jp.csv", withLearner([](AdminVisit& visit, const LearnerRecord& r) {
        visit.csv("jp-" + fileSafe(r.nip) + ".csv", jpTable(visit.words, r));
    }));
    site.view("/admin/learner/siasn.csv", withLearner([](AdminVisit& visit, const LearnerRecord& r) {
        visit.csv("riwayat-kursus-" + fileSafe(r.nip) + ".csv", siasnTable(r));
    }));
}

} // namespace pelita::server::admin
