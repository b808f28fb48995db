// The dashboard's figure pages through HTTP (JP, Kursus, Analisis Soal,
// Kebutuhan Pelatihan, Evaluasi, Peserta): the analytics fixture
// (test_analytics_statements.h, its figures worked out in
// test_analytics_figures.cpp) is posted to /xapi/statements, the dashboard is
// caught up, and each page and export must show those numbers. Also: readers,
// bad parameters, empty states, and hostile text escaped on every page.
#include <catch2/catch.hpp>

#include "analytics/dashboard_store.h"
#include "test_admin_figures.h"
#include "test_analytics_statements.h"

using nlohmann::json;
using namespace pelita::test;
namespace fixture = pelita::test::analytics;

namespace {

void post(AdminDesk& desk, const std::vector<json>& statements) {
    auto res = desk.s.lrs.post(json(statements));
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 200);
}

// The fixture on a desk, its roster and figures in place.
struct FigureDesk {
    AdminDesk desk;
    FigureDesk() {
        putRoster(desk, fixture::rosterBody());
        post(desk, fixture::fixtureStatements());
        catchUp(desk);
    }
};

// The position of `text` in the body (npos when absent), for order checks.
std::size_t at(const httplib::Result& res, const std::string& text) { return res->body.find(text); }

const std::string kBom = "\xEF\xBB\xBF";
const std::string kCourse = "https://pelita.sawahluntokota.go.id/course/k1";

} // namespace

TEST_CASE("JP compliance: shares per OPD with bars, each OPD's people, CSV of every person", "[server][pelita][admin]") {
    FigureDesk f;
    auto admin = f.desk.admin();
    auto page = ok(admin, "/admin/jp?year=2026");
    // A 22 JP (reached), B 12, D 0, X 8 off the roster: 1 of 4.
    CHECK(has(page, "<span class=\"value\">4</span><span class=\"label\">Peserta"));
    CHECK(has(page, "<span class=\"value\">25%</span>"));
    CHECK(has(page, "<svg class=\"bar-chart\""));
    CHECK(has(page, ">50% (1/2)</text>"));  // Setda, the number beside its bar
    CHECK(has(page, ">0% (0/1)</text>"));   // Dinas Pendidikan
    CHECK(at(page, "Dinas Pendidikan") < at(page, ">Setda<")); // lagging OPD first
    CHECK(has(page, "(tidak ada di daftar ASN)"));
    CHECK(has(page, "href=\"/admin/jp/opd?name=Dinas%20Pendidikan&amp;year=2026\""));

    auto setda = ok(admin, "/admin/jp/opd?name=Setda&year=2026");
    CHECK(has(setda, "Budi Santoso"));
    CHECK(has(setda, "<td data-label=\"JP\">22</td><td data-label=\"≥ 20 JP\">Ya</td>"));
    CHECK(has(setda, "href=\"/admin/learner?nip=198501012010012001\""));
    CHECK(!has(setda, "Dewi Sartika"));
    auto unknown = ok(admin, "/admin/jp/opd?name=&year=2026");
    CHECK(has(unknown, "Xena"));

    auto opds = ok(admin, "/admin/jp/opds.csv?year=2026");
    CHECK(opds->body.rfind(kBom + "OPD,Peserta,Mencapai 20 JP,Persentase tercapai\r\n", 0) == 0);
    CHECK(has(opds, "\r\nDinas Pendidikan,1,0,0%\r\nSetda,2,1,50%\r\n"));
    auto people = ok(admin, "/admin/jp/people.csv?year=2026");
    CHECK(people->body.rfind(kBom + "OPD,NIP,Nama,Jabatan,JP,≥ 20 JP\r\n", 0) == 0);
    CHECK(has(people, "Setda,198501012010012001,Ani Lestari,Analis,22,Ya\r\n"));
    CHECK(has(people, "(tidak ada di daftar ASN),199001012015011004,Xena,,8,Belum\r\n"));
    auto onlySetda = ok(admin, "/admin/jp/people.csv?year=2026&opd=Setda");
    CHECK(!has(onlySetda, "Dewi"));
    CHECK(has(onlySetda, "Budi Santoso"));

    // Another year: the roster with nothing reached.
    auto earlier = ok(admin, "/admin/jp?year=2025");
    CHECK(has(earlier, "<span class=\"value\">3</span><span class=\"label\">Peserta"));
    CHECK(has(earlier, "<span class=\"value\">0%</span>"));
    for (const char* bad : {"/admin/jp?year=abc", "/admin/jp?year=1999", "/admin/jp?year=20266",
                            "/admin/jp/opds.csv?year=x", "/admin/jp/opd?name=Setda&year=-1"}) {
        INFO(bad);
        auto res = admin.get(bad);
        CHECK(res->status == 400);
        CHECK(has(res, "Tahun harus empat angka"));
    }
    CHECK(admin.get("/admin/jp/opd?year=2026")->status == 400);
    auto nowhere = admin.get("/admin/jp/opd?name=Dinas%20Perikanan&year=2026");
    CHECK(nowhere->status == 404);
    CHECK(has(nowhere, "Dinas Perikanan"));
}

TEST_CASE("courses: enrolment, passes, failures, scores, median days, remedial attempts", "[server][pelita][admin]") {
    FigureDesk f;
    auto admin = f.desk.admin();
    auto page = ok(admin, "/admin/courses");
    CHECK(has(page, "<td data-label=\"Kursus\">Etika ASN</td><td data-label=\"Terdaftar\">4</td>"));
    CHECK(has(page, "<td data-label=\"Median hari sampai selesai\">9</td><td data-label=\"Percobaan remedial\">1</td>"));
    CHECK(has(page, "Pelayanan Prima"));
    auto csv = ok(admin, "/admin/courses.csv");
    CHECK(csv->body.rfind(kBom + "Kursus,Terdaftar,Selesai,Lulus,Tidak lulus,Rata-rata Nilai,"
                                 "Median hari sampai selesai,Percobaan remedial,IRI kursus\r\n", 0) == 0);
    // Best scores 1, .67, .33, .67: 66.75 %.
    CHECK(has(csv, "Etika ASN,4,3,3,1,66.8%,9,1," + kCourse + "\r\n"));
    // K2: A alone, best .95, passed on day 0 with nothing before.
    CHECK(has(csv, "Pelayanan Prima,1,1,1,0,95%,0,0,"));
}

TEST_CASE("item analysis: hardest first, discrimination, wrong answers and flags in words", "[server][pelita][admin]") {
    FigureDesk f;
    auto admin = f.desk.admin();
    auto page = ok(admin, "/admin/items?course=" + encoded(kCourse));
    CHECK(at(page, "Soal 3") < at(page, "Soal 2"));
    CHECK(at(page, "Soal 2") < at(page, "Soal 1"));
    CHECK(has(page, "<td data-label=\"Daya beda\">0.76</td>"));
    CHECK(has(page, "<td data-label=\"Daya beda\">-0.13</td>"));
    CHECK(has(page, "<td data-label=\"Jawaban salah terbanyak\">a (2×)</td>"));
    CHECK(has(page, "<td data-label=\"Tanda\">daya beda negatif</td>"));
    CHECK(has(page, "<option value=\"" + kCourse + "\" selected>Etika ASN</option>"));
    auto csv = ok(admin, "/admin/items.csv?course=" + encoded(kCourse));
    CHECK(csv->body.rfind(kBom + "Soal,Jenis,Jawaban,Benar,Daya beda,Jawaban salah terbanyak,Tanda,IRI soal\r\n", 0) == 0);
    CHECK(has(csv, "Soal 3,choice,5,40%,0.76,"));
    CHECK(has(csv, "Soal 1,choice,5,80%,'-0.13,c (1×),daya beda negatif," + kCourse + "/quiz/q1/question/q1\r\n"));
    // Another course has no questions: said in words, no table, no export link.
    auto none = ok(admin, "/admin/items?course=" + encoded("https://pelita.sawahluntokota.go.id/course/k2"));
    CHECK(has(none, "Belum ada jawaban Kuis"));
    CHECK(!has(none, "<table"));
    admin.cookies["pelita_lang"] = "en";
    CHECK(has(ok(admin, "/admin/items"), "negative discrimination"));
}

TEST_CASE("training needs: weakest topics per OPD or position, with bars and an export", "[server][pelita][admin]") {
    FigureDesk f;
    auto admin = f.desk.admin();
    auto page = ok(admin, "/admin/needs");
    CHECK(at(page, "<h3>Dinas Pendidikan</h3>") < at(page, "<h3>Setda</h3>"));
    CHECK(has(page, ">33.3% (1/3)</text>"));
    CHECK(has(page, "Modul Etika"));
    auto csv = ok(admin, "/admin/needs.csv?by=opd");
    CHECK(csv->body.rfind(kBom + "OPD,Topik (Modul),Jawaban,Benar,Penguasaan,IRI topik,IRI kursus\r\n", 0) == 0);
    CHECK(has(csv, "Setda,Modul Etika,9,6,66.7%," + kCourse + "/module/m1," + kCourse + "\r\n"));
    auto byPosition = ok(admin, "/admin/needs?by=position");
    CHECK(has(byPosition, "<h3>Guru</h3>"));
    CHECK(has(byPosition, "<option value=\"position\" selected>"));
    CHECK(has(ok(admin, "/admin/needs.csv?by=position"), "Jabatan,Topik (Modul)"));
    CHECK(admin.get("/admin/needs?by=golongan")->status == 400);
    CHECK(admin.get("/admin/needs.csv?by=")->status == 200); // empty: the default, by OPD
}

TEST_CASE("evaluation: likert distribution and mean per item, comments, exports", "[server][pelita][admin]") {
    FigureDesk f;
    auto admin = f.desk.admin();
    auto page = ok(admin, "/admin/evaluation?course=" + encoded(kCourse));
    CHECK(has(page, "<h3>Materi ini jelas.</h3>"));
    CHECK(has(page, "Rata-rata 4.33 pada skala 1 sampai 5, dari 3 jawaban"));
    CHECK(has(page, "Materinya jelas"));
    CHECK(!has(page, "jawaban ujian")); // an exam essay is not an evaluation comment
    auto csv = ok(admin, "/admin/evaluation.csv?course=" + encoded(kCourse));
    CHECK(csv->body.rfind(kBom + "Kursus,Butir,Pilihan,Urutan pada skala,Jawaban,Rata-rata butir,IRI kursus,IRI soal\r\n",
                          0) == 0);
    CHECK(has(csv, "Etika ASN,Materi ini jelas.,sts,1,0,4.33,"));
    CHECK(has(csv, "Etika ASN,Materi ini jelas.,s,4,2,4.33,"));
    auto comments = ok(admin, "/admin/evaluation/comments.csv");
    CHECK(comments->body.rfind(kBom + "Kursus,Butir,Waktu,Komentar\r\n", 0) == 0);
    CHECK(has(comments, "Etika ASN,Saran Anda?,2026-03-10T09:05:00+07:00,Materinya jelas\r\n"));
    auto other = ok(admin, "/admin/evaluation?course=nothing-here");
    CHECK(has(other, "Belum ada data jawaban evaluasi"));
}

TEST_CASE("learner: one ASN's record by NIP, and the SIASN riwayat kursus export", "[server][pelita][admin]") {
    FigureDesk f;
    auto admin = f.desk.admin();
    auto search = ok(admin, "/admin/learner");
    CHECK(has(search, "name=\"nip\""));
    auto ani = ok(admin, "/admin/learner?nip=" + fixture::kA);
    CHECK(has(ani, "<h2>Ani Lestari</h2>"));
    CHECK(has(ani, "<dd>Setda</dd>"));
    CHECK(has(ani, "<dd>Analis</dd>"));
    CHECK(has(ani, "<dd>Ada di daftar ASN</dd>"));
    CHECK(has(ani, "<td data-label=\"Sertifikat\">PLT-A-K1-0001</td>"));
    CHECK(has(ani, "<td data-label=\"Tahun\">2026</td><td data-label=\"JP\">22</td><td data-label=\"≥ 20 JP\">Ya</td>"));
    auto siasn = ok(admin, "/admin/learner/siasn.csv?nip=" + fixture::kA);
    CHECK(siasn->get_header_value("Content-Disposition") ==
          "attachment; filename=\"riwayat-kursus-" + fixture::kA + ".csv\"");
    // The kiosk's columns, in its order (docs/siasn-export.md).
    CHECK(siasn->body.rfind(kBom + "nipBaru,pnsOrangId,id,instansiId,institusiPenyelenggara,jenisDiklatId,jenisKursus,"
                                   "jenisKursusSertipikat,jumlahJam,lokasiId,namaKursus,nomorSertipikat,tahunKursus,"
                                   "tanggalKursus,tanggalSelesaiKursus\r\n", 0) == 0);
    CHECK(has(siasn, fixture::kA + ",,,,BKPSDM,,,,12,,Etika ASN,PLT-A-K1-0001,2026,01-03-2026,10-03-2026\r\n"));
    CHECK(has(ok(admin, "/admin/learner/courses.csv?nip=" + fixture::kA), "Etika ASN,Lulus,100%,12,PLT-A-K1-0001,"));
    CHECK(has(ok(admin, "/admin/learner/jp.csv?nip=" + fixture::kA), "2026,22,Ya\r\n"));

    auto dewi = ok(admin, "/admin/learner?nip=" + fixture::kD);
    CHECK(has(dewi, "<td data-label=\"Status\">Tidak lulus</td>"));
    CHECK(has(dewi, "Belum ada kursus lulus untuk diekspor"));
    auto xena = ok(admin, "/admin/learner?nip=" + fixture::kX);
    CHECK(has(xena, "Tidak ada di daftar ASN"));

    auto nobody = admin.get("/admin/learner?nip=199912312020121001");
    CHECK(nobody->status == 404);
    CHECK(has(nobody, "NIP 199912312020121001 tidak ditemukan"));
    CHECK(admin.get("/admin/learner/siasn.csv?nip=199912312020121001")->status == 404);
    CHECK(admin.get("/admin/learner?nip=")->status == 400);
    CHECK(admin.get("/admin/learner/siasn.csv")->status == 400);
}

TEST_CASE("a reader sees every figure page and export; a visitor is sent to log in", "[server][pelita][admin]") {
    FigureDesk f;
    auto reader = f.desk.reader();
    for (const std::string& page : std::vector<std::string>{"/admin/jp?year=2026", "/admin/jp/opd?name=Setda&year=2026", "/admin/jp/opds.csv",
                                   "/admin/jp/people.csv?year=2026", "/admin/courses", "/admin/courses.csv",
                                   "/admin/items", "/admin/items.csv", "/admin/needs", "/admin/needs.csv",
                                   "/admin/evaluation", "/admin/evaluation.csv", "/admin/evaluation/comments.csv",
                                   "/admin/learner?nip=" + fixture::kA, "/admin/learner/siasn.csv?nip=" + fixture::kA,
                                   "/admin/learner/courses.csv?nip=" + fixture::kA,
                                   "/admin/learner/jp.csv?nip=" + fixture::kA}) {
        ok(reader, page);
        AdminBrowser visitor(f.desk.s.lrs.port);
        auto refused = visitor.get(page);
        INFO(page);
        CHECK(refused->status == 303);
        CHECK(refused->get_header_value("Location").rfind("/admin/login?next=", 0) == 0);
    }
    // Each page is in the menu.
    auto menu = ok(reader, "/admin/overview");
    for (const char* href : {"/admin/jp", "/admin/courses", "/admin/items", "/admin/needs", "/admin/evaluation",
                             "/admin/learner"})
        CHECK(has(menu, std::string("<a href=\"") + href + "\">"));
}

TEST_CASE("figure pages with no records say so in words", "[server][pelita][admin]") {
    AdminDesk desk;
    auto admin = desk.admin();
    CHECK(has(ok(admin, "/admin/jp?year=2026"), "Belum ada data JP untuk tahun 2026"));
    CHECK(has(ok(admin, "/admin/courses"), "Belum ada data kursus"));
    CHECK(has(ok(admin, "/admin/items"), "Belum ada jawaban Kuis"));
    CHECK(has(ok(admin, "/admin/needs"), "Belum ada data jawaban Kuis yang dinilai"));
    CHECK(has(ok(admin, "/admin/evaluation"), "Belum ada data jawaban evaluasi"));
    for (const char* page : {"/admin/courses", "/admin/items", "/admin/needs", "/admin/evaluation"})
        CHECK(!has(admin.get(page), "<table"));
    admin.cookies["pelita_lang"] = "en";
    CHECK(has(ok(admin, "/admin/courses"), "No course data yet"));
}

namespace {

const std::string kHostile = "<script>alert(\"x\")</script> O'Brien Ñandú";
const std::string kHostileNip = "199001012015011099";
const std::string kHostileCourse = "https://pelita.example/course/hostile";

// A learner off the roster with a hostile name passes a hostile course with a
// hostile module, question, likert scale and comment.
std::vector<json> hostileStatements() {
    const std::string t = "http://adlnet.gov/expapi/activities/", v = "http://adlnet.gov/expapi/verbs/";
    const std::string course = kHostileCourse, quiz = course + "/quiz/q";
    const json who = {{"objectType", "Agent"}, {"name", kHostile},
                      {"account", {{"homePage", "https://pelita.example/"}, {"name", kHostileNip}}}};
    const json courseActivity = {{"objectType", "Activity"}, {"id", course},
                                 {"definition", {{"type", t + "course"}, {"name", {{"id-ID", kHostile + " kursus"}}}}}};
    const json module = {{"objectType", "Activity"}, {"id", course + "/module/m"},
                         {"definition", {{"type", t + "module"}, {"name", {{"id-ID", kHostile + " modul"}}}}}};
    const json quizActivity = {{"objectType", "Activity"}, {"id", quiz},
                               {"definition", {{"type", t + "assessment"}, {"name", {{"id-ID", "Kuis"}}}}}};
    const auto context = [&](const json& parent) {
        return json{{"contextActivities", {{"parent", json::array({parent})}, {"grouping", json::array({courseActivity})}}},
                    {"registration", "20000000-0000-4000-8000-000000000001"}};
    };
    const auto statement = [&](const std::string& id, const std::string& verb, json object, json ctx) {
        return json{{"id", "30000000-0000-4000-8000-00000000000" + id}, {"actor", who}, {"verb", {{"id", v + verb}}},
                    {"object", std::move(object)}, {"context", std::move(ctx)},
                    {"timestamp", "2026-05-05T09:00:00+07:00"}};
    };
    std::vector<json> out;
    out.push_back(statement("1", "attempted", quizActivity, context(module)));
    json answered = statement("2", "answered",
                              {{"objectType", "Activity"}, {"id", quiz + "/question/1"},
                               {"definition", {{"type", t + "cmi.interaction"}, {"interactionType", "choice"},
                                               {"description", {{"id-ID", kHostile + " soal"}}},
                                               {"correctResponsesPattern", json::array({"b"})}}}},
                              context(quizActivity));
    answered["result"] = {{"response", "a"}, {"success", false}, {"score", {{"scaled", 0.0}}}};
    out.push_back(answered);
    json likert = statement("3", "answered",
                            {{"objectType", "Activity"}, {"id", quiz + "/question/2"},
                             {"definition", {{"type", t + "cmi.interaction"}, {"interactionType", "likert"},
                                             {"description", {{"id-ID", kHostile + " butir"}}},
                                             {"scale", json::array({json{{"id", "s"}, {"description", {{"id-ID", kHostile + " setuju"}}}}})}}}},
                            context(quizActivity));
    likert["result"] = {{"response", "s"}};
    out.push_back(likert);
    json comment = statement("4", "answered",
                             {{"objectType", "Activity"}, {"id", quiz + "/question/3"},
                              {"definition", {{"type", t + "cmi.interaction"}, {"interactionType", "long-fill-in"},
                                              {"description", {{"id-ID", "Saran?"}}}}}},
                             context(quizActivity));
    comment["result"] = {{"response", kHostile + " komentar"}};
    out.push_back(comment);
    json passed = statement("5", "passed", courseActivity, json::object());
    passed["result"] = {{"success", true}, {"score", {{"scaled", 0.8}}},
                        {"extensions", {{"https://pelita.sawahluntokota.go.id/xapi/extensions/certificate",
                                         {{"id", "PLT-HOSTILE-01"}, {"jp", 4}}}}}};
    out.push_back(passed);
    return out;
}

} // namespace

TEST_CASE("learner names, course titles and query values are escaped on every figure page", "[server][pelita][admin]") {
    AdminDesk desk;
    post(desk, hostileStatements());
    catchUp(desk);
    auto admin = desk.admin();
    const std::string escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien Ñandú";
    const std::string course = encoded(kHostileCourse);
    const std::vector<std::pair<std::string, int>> pages = {
        {"/admin/jp?year=2026", 200}, {"/admin/jp/opd?name=&year=2026", 200}, {"/admin/courses", 200},
        {"/admin/items?course=" + course, 200}, {"/admin/needs", 200}, {"/admin/needs?by=position", 200},
        {"/admin/evaluation?course=" + course, 200}, {"/admin/learner?nip=" + kHostileNip, 200},
        {"/admin/items?course=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200},
        {"/admin/learner?nip=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404},
        {"/admin/jp/opd?name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&year=2026", 404}};
    for (const auto& [page, status] : pages)
        for (const char* language : {"id", "en"}) {
            admin.cookies["pelita_lang"] = language;
            auto res = admin.get(page);
            INFO(page << " " << language);
            REQUIRE(res);
            CHECK(res->status == status);
            CHECK(res->body.find("<script") == std::string::npos);
        }
    admin.cookies["pelita_lang"] = "id";
    CHECK(has(admin.get("/admin/jp/opd?name=&year=2026"), escaped));
    CHECK(has(admin.get("/admin/courses"), escaped + " kursus"));
    CHECK(has(admin.get("/admin/items?course=" + course), escaped + " soal"));
    CHECK(has(admin.get("/admin/needs"), escaped + " modul"));
    auto evaluation = admin.get("/admin/evaluation?course=" + course);
    CHECK(has(evaluation, escaped + " butir"));
    CHECK(has(evaluation, escaped + " setuju"));
    CHECK(has(evaluation, escaped + " komentar"));
    CHECK(has(admin.get("/admin/learner?nip=" + kHostileNip), "<h2>" + escaped + "</h2>"));
    CHECK(has(admin.get("/admin/learner?nip=%3Cscript%3Ealert(1)%3C%2Fscript%3E"), "&lt;script&gt;alert(1)"));
    // Exports carry the text as it is; a CSV is not HTML.
    CHECK(has(admin.get("/admin/courses.csv"), "\"<script>alert(\"\"x\"\")</script> O'Brien Ñandú kursus\""));
}
