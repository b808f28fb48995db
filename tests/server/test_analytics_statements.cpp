// The dashboard fixture (test_analytics_statements.h). Statements are written
// the way the kiosk writes them (sync/src/statements.cpp), plus course passes
// carrying the certificate extension, as docs/protocol.md describes.
#include "test_analytics_statements.h"

#include <cstdio>

#include "server_database.h"

namespace pelita::test::analytics {

using nlohmann::json;

namespace {

int counter = 0;

std::string nextId() {
    char id[40];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", ++counter);
    return id;
}

json agent(const std::string& nip, const std::string& name) {
    return {{"objectType", "Agent"}, {"name", name}, {"account", {{"homePage", "https://pelita.example/"}, {"name", nip}}}};
}

json activity(const std::string& id, const std::string& type, const std::string& name) {
    return {{"objectType", "Activity"}, {"id", id}, {"definition", {{"type", type}, {"name", {{"id-ID", name}}}}}};
}

const std::string kT = "http://adlnet.gov/expapi/activities/";
const std::string kV = "http://adlnet.gov/expapi/verbs/";

json statement(const json& actor, const std::string& verb, json object, json context, const std::string& at) {
    return {{"id", nextId()}, {"actor", actor}, {"verb", {{"id", kV + verb}}}, {"object", std::move(object)},
            {"context", std::move(context)}, {"timestamp", at}};
}

std::string titleOf(const std::string& course) { return course == kC ? "Etika ASN" : "Pelayanan Prima"; }

json courseContext(const std::string& course, const json& parent, const std::string& registration = "") {
    json c = {{"contextActivities", {{"parent", json::array({parent})},
                                     {"grouping", json::array({activity(course, kT + "course", titleOf(course))})}}}};
    if (!registration.empty()) c["registration"] = registration;
    return c;
}

json choice(const std::string& iri, const std::string& stem) {
    return {{"objectType", "Activity"}, {"id", iri},
            {"definition", {{"type", kT + "cmi.interaction"}, {"interactionType", "choice"},
                            {"description", {{"id-ID", stem}}}, {"correctResponsesPattern", {"b"}}}}};
}

json quizActivity(const std::string& quiz) { return activity(quiz, kT + "assessment", "Kuis"); }

// One quiz attempt: attempted, an answer per question ("b" is right), then
// completed and passed/failed with `scaled`.
void attempt(std::vector<json>& out, const json& who, const std::string& registration, const std::vector<std::string>& responses,
             double scaled, const std::string& day) {
    const json module = activity(kModule, kT + "module", "Modul Etika");
    out.push_back(statement(who, "attempted", quizActivity(kQuiz), courseContext(kC, module, registration), day + "T09:00:00+07:00"));
    for (std::size_t i = 0; i < responses.size(); ++i) {
        json s = statement(who, "answered", choice(kQuiz + "/question/q" + std::to_string(i + 1), "Soal " + std::to_string(i + 1)),
                           courseContext(kC, quizActivity(kQuiz), registration), day + "T09:0" + std::to_string(i + 1) + ":00+07:00");
        const bool right = responses[i] == "b";
        s["result"] = {{"response", responses[i]}, {"success", right}, {"score", {{"scaled", right ? 1.0 : 0.0}}}};
        out.push_back(s);
    }
    const std::string verdict = scaled >= 0.6 ? "passed" : "failed";
    for (const auto& verb : {std::string("completed"), verdict}) {
        json s = statement(who, verb, quizActivity(kQuiz), courseContext(kC, module, registration), day + "T09:10:00+07:00");
        s["result"] = {{"score", {{"scaled", scaled}}}, {"success", verdict == "passed"}, {"completion", true}};
        out.push_back(s);
    }
}

json coursePass(const json& who, const std::string& course, const std::string& certificate, double jp, double scaled,
                const std::string& at) {
    json s = statement(who, "passed", activity(course, kT + "course", titleOf(course)),
                       json::object(), at);
    s["result"] = {{"success", true}, {"score", {{"scaled", scaled}}},
                   {"extensions", {{"https://pelita.sawahluntokota.go.id/xapi/extensions/certificate",
                                    {{"id", certificate}, {"jp", jp}}}}}};
    return s;
}

json lessonRead(const json& who, const std::string& course, const std::string& at) {
    return statement(who, "completed", activity(course + "/lesson/l1", kT + "lesson", "Materi 1"),
                     courseContext(course, activity(course + "/module/m1", kT + "module", "Modul")), at);
}

json evaluationAnswer(const json& who, const std::string& question, const json& definition, const std::string& response,
                      const std::string& at, const std::string& quiz = kEval) {
    json object = {{"objectType", "Activity"}, {"id", question}, {"definition", definition}};
    json s = statement(who, "answered", object, courseContext(kC, quizActivity(quiz)), at);
    s["result"] = {{"response", response}};
    return s;
}

json likertDefinition() {
    json scale = json::array();
    for (const auto* id : {"sts", "ts", "n", "s", "ss"}) scale.push_back({{"id", id}, {"description", {{"id-ID", id}}}});
    return {{"type", kT + "cmi.interaction"}, {"interactionType", "likert"},
            {"description", {{"id-ID", "Materi ini jelas."}}}, {"scale", scale}};
}

} // namespace

std::vector<json> fixtureStatements() {
    counter = 0;
    const json a = agent(kA, "Ani"), b = agent(kB, "Budi"), d = agent(kD, "Dewi"), x = agent(kX, "Xena");
    std::vector<json> out;
    out.push_back(lessonRead(a, kC, "2026-03-01T08:00:00+07:00"));
    out.push_back(lessonRead(b, kC, "2026-03-02T08:00:00+07:00"));
    out.push_back(lessonRead(x, kC, "2026-03-05T08:00:00+07:00"));
    out.push_back(lessonRead(d, kC, "2026-03-06T08:00:00+07:00"));
    attempt(out, a, "10000000-0000-4000-8000-000000000001", {"b", "b", "b"}, 1.0, "2026-03-09");
    attempt(out, b, "10000000-0000-4000-8000-000000000002", {"b", "a", "a"}, 0.33, "2026-03-20");
    attempt(out, b, "10000000-0000-4000-8000-000000000003", {"b", "b", "c"}, 0.67, "2026-03-31");
    attempt(out, d, "10000000-0000-4000-8000-000000000004", {"b", "a", "a"}, 0.33, "2026-04-02");
    attempt(out, x, "10000000-0000-4000-8000-000000000005", {"c", "b", "b"}, 0.67, "2026-03-06");
    out.push_back(coursePass(a, kC, "PLT-A-K1-0001", 12, 1.0, "2026-03-10T08:00:00+07:00"));
    out.push_back(coursePass(b, kC, "PLT-B-K1-0002", 12, 0.67, "2026-04-01T08:00:00+07:00"));
    auto xPass = coursePass(x, kC, "PLT-X-K1-0005", 8, 0.67, "2026-03-06T08:00:00+07:00");
    xPass["id"] = kXPassId;
    out.push_back(xPass);
    // A passes K2 twice in 2026: its JP counts once, in the year of the first pass.
    out.push_back(coursePass(a, kC2, "PLT-A-K2-0003", 10, 0.9, "2026-01-15T08:00:00+07:00"));
    out.push_back(coursePass(a, kC2, "PLT-A-K2-0004", 10, 0.95, "2026-05-01T08:00:00+07:00"));
    // Evaluation survey in K1: likert answers and one comment; a comment in a
    // quiz with no likert item is not an evaluation comment.
    out.push_back(evaluationAnswer(a, kEval + "/question/l1", likertDefinition(), "s", "2026-03-10T09:00:00+07:00"));
    out.push_back(evaluationAnswer(b, kEval + "/question/l1", likertDefinition(), "ss", "2026-04-01T09:00:00+07:00"));
    out.push_back(evaluationAnswer(d, kEval + "/question/l1", likertDefinition(), "s", "2026-04-02T09:00:00+07:00"));
    const json essay = {{"type", kT + "cmi.interaction"}, {"interactionType", "long-fill-in"},
                        {"description", {{"id-ID", "Saran Anda?"}}}};
    out.push_back(evaluationAnswer(a, kEval + "/question/e1", essay, "Materinya jelas", "2026-03-10T09:05:00+07:00"));
    out.push_back(evaluationAnswer(b, kQuiz + "/question/essay", essay, "jawaban ujian", "2026-03-31T09:05:00+07:00", kQuiz));
    return out;
}

void writeRoster(const std::string& dataDir) {
    auto db = pelita::server::openServerDatabase(dataDir);
    if (!db) throw std::runtime_error(db.error());
    (*db)->exec("INSERT INTO pelita_roster (nip, name, opd, unit, position, updated) VALUES"
                " ('" + kA + "', 'Ani Lestari', 'Setda', 'Bagian Umum', 'Analis', '2026-01-01'),"
                " ('" + kB + "', 'Budi Santoso', 'Setda', 'Bagian Umum', 'Pengelola', '2026-01-01'),"
                " ('" + kD + "', 'Dewi Sartika', 'Dinas Pendidikan', 'Sekretariat', 'Guru', '2026-01-01')");
}

json rosterBody() {
    return json::array(
             {{{"nip", kA}, {"name", "Ani Lestari"}, {"opd", "Setda"}, {"unit", "Bagian Umum"}, {"position", "Analis"}},
              {{"nip", kB}, {"name", "Budi Santoso"}, {"opd", "Setda"}, {"unit", "Bagian Umum"}, {"position", "Pengelola"}},
              {{"nip", kD}, {"name", "Dewi Sartika"}, {"opd", "Dinas Pendidikan"}, {"unit", "Sekretariat"},
               {"position", "Guru"}}});
}

json voiding(const std::string& id, const std::string& targetId) {
    return {{"id", id}, {"actor", agent("admin", "Admin")}, {"verb", {{"id", kV + "voided"}}},
            {"object", {{"objectType", "StatementRef"}, {"id", targetId}}}, {"timestamp", "2026-06-01T08:00:00+07:00"}};
}

} // namespace pelita::test::analytics
