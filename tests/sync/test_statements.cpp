#include "sample_course.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/statements.h>
#include <pelita/sync/uuid.h>

#include <regex>
#include <set>

using namespace pelita;
using nlohmann::json;
namespace xapi = pelita::sync::xapi;

namespace {

const std::regex kUuid("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
const std::regex kTimestamp(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)");
const std::string kHome = "https://pelita.sawahluntokota.go.id";

void checkCommon(const json& st, const content::Course& course) {
    CHECK(std::regex_match(st.at("id").get<std::string>(), kUuid));
    CHECK(std::regex_match(st.at("timestamp").get<std::string>(), kTimestamp));
    CHECK(st.at("version") == "1.0.3");
    CHECK(st.at("actor").at("account").at("name") == "198501012010011001");
    CHECK(st.at("context").at("platform") == "Pelita kiosk");
    CHECK(st.at("context").at("language") == "id-ID");
    const json& grouping = st.at("context").at("contextActivities").at("grouping");
    REQUIRE(grouping.size() == 1);
    CHECK(grouping[0].at("id") == course.iri);
    CHECK(grouping[0].at("definition").at("type") == xapi::activity::kCourse);
    CHECK(st.at("context").at("extensions").at(xapi::kCourseVersionExtension) == "1.2.0");
}

} // namespace

TEST_CASE("the actor is an Agent identified by account on the deployment", "[sync][statements]") {
    json actor = xapi::actor(test::sampleLearner(), kHome);
    CHECK(actor == json{{"objectType", "Agent"},
                        {"name", "Dra. Siti Aminah, M.Si."},
                        {"account", {{"homePage", kHome}, {"name", "198501012010011001"}}}});
}

TEST_CASE("lesson completed names the lesson, its module and the course", "[sync][statements]") {
    auto course = test::sampleCourse();
    json st = xapi::lessonCompleted(xapi::actor(test::sampleLearner(), kHome), course, course.modules[0].lessons[1]);
    checkCommon(st, course);
    CHECK(st.at("verb").at("id") == "http://adlnet.gov/expapi/verbs/completed");
    CHECK(st.at("object").at("id") == course.iri + "/lesson/standar");
    CHECK(st.at("object").at("definition").at("type") == "http://adlnet.gov/expapi/activities/lesson");
    CHECK(st.at("object").at("definition").at("name").at("id-ID") == "Standar");
    CHECK(st.at("context").at("contextActivities").at("parent")[0].at("id") == course.iri + "/module/dasar");
    CHECK_FALSE(st.at("context").contains("registration"));
}

TEST_CASE("question answered is a choice cmi.interaction with the learner's response", "[sync][statements]") {
    auto course = test::sampleCourse();
    const auto& quiz = course.modules[0].quizzes[0];
    json st = xapi::questionAnswered(xapi::actor(test::sampleLearner(), kHome), course, quiz, quiz.questions[1],
                                     "attempt-uuid", "c", false);
    checkCommon(st, course);
    CHECK(st.at("verb").at("id") == "http://adlnet.gov/expapi/verbs/answered");
    const json& def = st.at("object").at("definition");
    CHECK(st.at("object").at("id") == course.iri + "/quiz/kuis-1/question/q2");
    CHECK(def.at("type") == "http://adlnet.gov/expapi/activities/cmi.interaction");
    CHECK(def.at("interactionType") == "choice");
    CHECK(def.at("correctResponsesPattern") == json::array({"b"}));
    REQUIRE(def.at("choices").size() == 3);
    CHECK(def.at("choices")[1] == json{{"id", "b"}, {"description", {{"id-ID", "Masyarakat"}}}});
    CHECK(st.at("result") == json{{"response", "c"},
                                  {"success", false},
                                  {"score", {{"raw", 0.0}, {"min", 0.0}, {"max", 1.0}, {"scaled", 0.0}}}});
    CHECK(st.at("context").at("registration") == "attempt-uuid");
    CHECK(st.at("context").at("contextActivities").at("parent")[0].at("id") == course.iri + "/quiz/kuis-1");
}

TEST_CASE("quiz completed and passed or failed carry score, success and duration", "[sync][statements]") {
    auto course = test::sampleCourse();
    const auto& quiz = course.modules[0].quizzes[0];
    auto actor = xapi::actor(test::sampleLearner(), kHome);
    content::Score pass{2, 0, 2, 1.0, true};
    content::Score fail{0, 0, 2, 0.0, false};

    json completed = xapi::quizCompleted(actor, course, quiz, "att", pass, 95250);
    checkCommon(completed, course);
    CHECK(completed.at("verb").at("id") == "http://adlnet.gov/expapi/verbs/completed");
    CHECK(completed.at("object").at("definition").at("type") == "http://adlnet.gov/expapi/activities/assessment");
    CHECK(completed.at("result") == json{{"score", {{"raw", 2.0}, {"min", 0.0}, {"max", 2.0}, {"scaled", 1.0}}},
                                         {"success", true},
                                         {"completion", true},
                                         {"duration", "PT95.25S"}});
    CHECK(completed.at("context").at("registration") == "att");

    CHECK(xapi::quizJudged(actor, course, quiz, "att", pass, 1000).at("verb").at("id") ==
          "http://adlnet.gov/expapi/verbs/passed");
    json failed = xapi::quizJudged(actor, course, quiz, "att", fail, 1000);
    CHECK(failed.at("verb").at("id") == "http://adlnet.gov/expapi/verbs/failed");
    CHECK(failed.at("result").at("success") == false);
    CHECK(failed.at("result").at("score").at("scaled") == 0.0);
}

TEST_CASE("every statement and UUID is unique", "[sync][statements]") {
    auto course = test::sampleCourse();
    auto actor = xapi::actor(test::sampleLearner(), kHome);
    std::set<std::string> ids;
    for (int i = 0; i < 500; ++i) {
        ids.insert(xapi::lessonCompleted(actor, course, course.modules[0].lessons[0]).at("id").get<std::string>());
        ids.insert(sync::newUuid());
    }
    CHECK(ids.size() == 1000);
}

TEST_CASE("timestamps and durations use ISO 8601", "[sync][statements]") {
    CHECK(sync::isoTimestamp(0) == "1970-01-01T00:00:00.000Z");
    CHECK(sync::isoTimestamp(1700000000123) == "2023-11-14T22:13:20.123Z");
    CHECK(sync::isoTimestamp(951782400999) == "2000-02-29T00:00:00.999Z");
    CHECK(sync::isoDuration(95250) == "PT95.25S");
    CHECK(sync::isoDuration(3600000) == "PT3600.00S");
    CHECK(sync::isoDuration(4) == "PT0.00S");
    CHECK(sync::isoDuration(-5000) == "PT0.00S");
}

// Answered statements for every question type, serialized and parsed back as the
// server receives them, checking every field of the interaction.
namespace {

content::Question questionOf(content::QuestionType type, std::string id) {
    content::Question q;
    q.id = std::move(id);
    q.type = type;
    q.stem = "Soal " + q.id;
    return q;
}

// The statement as text and back, as it travels to the LRS.
json answered(const content::Question& q, const std::string& response, bool correct) {
    auto course = test::sampleCourse();
    const auto& quiz = course.modules[0].quizzes[0];
    const json st = xapi::questionAnswered(xapi::actor(test::sampleLearner(), kHome), course, quiz, q, "reg-1",
                                           response, correct);
    json back = json::parse(st.dump());
    checkCommon(back, course);
    CHECK(back.at("actor") == xapi::actor(test::sampleLearner(), kHome));
    CHECK(back.at("verb").at("display") == json{{"en-US", "answered"}});
    CHECK(back.at("verb").at("id") == "http://adlnet.gov/expapi/verbs/answered");
    CHECK(back.at("object").at("objectType") == "Activity");
    CHECK(back.at("object").at("id") == course.iri + "/quiz/kuis-1/question/" + q.id);
    CHECK(back.at("context").at("registration") == "reg-1");
    CHECK(back.at("context").at("contextActivities").at("parent")[0].at("id") == course.iri + "/quiz/kuis-1");
    const json& def = back.at("object").at("definition");
    CHECK(def.at("type") == "http://adlnet.gov/expapi/activities/cmi.interaction");
    CHECK(def.at("description") == json{{"id-ID", q.stem}});
    return back;
}

json components(std::initializer_list<std::pair<const char*, const char*>> items) {
    json list = json::array();
    for (const auto& [id, text] : items) list.push_back({{"id", id}, {"description", {{"id-ID", text}}}});
    return list;
}

json score(double raw, double max, double scaled) {
    return {{"raw", raw}, {"min", 0.0}, {"max", max}, {"scaled", scaled}};
}

} // namespace

TEST_CASE("true/false and multiple response answers parse back", "[sync][statements][interaction]") {
    auto tf = questionOf(content::QuestionType::TrueFalse, "tf");
    tf.options = {{"true", "true", false, ""}, {"false", "false", true, ""}};
    json st = answered(tf, "false", true);
    const json& def = st.at("object").at("definition");
    CHECK(def.at("interactionType") == "true-false");
    CHECK(def.at("correctResponsesPattern") == json::array({"false"}));
    CHECK_FALSE(def.contains("choices"));
    CHECK(st.at("result") == json{{"response", "false"}, {"success", true}, {"score", score(1, 1, 1)}});

    auto mr = questionOf(content::QuestionType::MultipleResponse, "mr");
    mr.points = 2;
    mr.options = {{"a", "Dua", true, "", 0.5}, {"b", "Tiga", true, "", 0.5}, {"c", "Empat", false, "", -1.0}};
    st = answered(mr, "a", false);
    const json& mdef = st.at("object").at("definition");
    CHECK(mdef.at("interactionType") == "choice");
    CHECK(mdef.at("correctResponsesPattern") == json::array({"a[,]b"}));
    CHECK(mdef.at("choices") == components({{"a", "Dua"}, {"b", "Tiga"}, {"c", "Empat"}}));
    CHECK(st.at("result") == json{{"response", "a"}, {"success", false}, {"score", score(1, 2, 0.5)}});
}

TEST_CASE("short answer and numerical answers parse back", "[sync][statements][interaction]") {
    auto sa = questionOf(content::QuestionType::ShortAnswer, "sa");
    sa.title = "Kota";
    sa.answers = {{"Sawahlunto", 1, ""}, {"Sawah*", 0.5, ""}, {"Kota Arang", 1, ""}};
    json st = answered(sa, "sawahlunto", true);
    const json& def = st.at("object").at("definition");
    CHECK(def.at("interactionType") == "fill-in");
    CHECK(def.at("name") == json{{"id-ID", "Kota"}});
    CHECK(def.at("correctResponsesPattern") ==
          json::array({"{case_matters=false}Sawahlunto", "{case_matters=false}Kota Arang"}));
    CHECK(st.at("result") == json{{"response", "sawahlunto"}, {"success", true}, {"score", score(1, 1, 1)}});

    auto nu = questionOf(content::QuestionType::Numerical, "nu");
    nu.numbers = {content::NumericAnswer::around(3.1415, 0.0005), {1822, 1822, 1, ""}, {1, 5, 0.5, ""}};
    st = answered(nu, "3,1416", true);
    const json& ndef = st.at("object").at("definition");
    CHECK(ndef.at("interactionType") == "numeric");
    CHECK(ndef.at("correctResponsesPattern") == json::array({"3.141[:]3.142", "1822"}));
    CHECK(st.at("result").at("response") == "3,1416");
    CHECK(st.at("result").at("success") == true);
}

TEST_CASE("matching and ordering answers parse back", "[sync][statements][interaction]") {
    auto ma = questionOf(content::QuestionType::Matching, "ma");
    ma.prompts = {{"p1", "Sumbar", "t1"}, {"p2", "Sumut", "t2"}};
    ma.targets = {{"t1", "Padang"}, {"t2", "Medan"}, {"t3", "Ambon"}};
    json st = answered(ma, "p1[.]t1[,]p2[.]t3", false);
    const json& def = st.at("object").at("definition");
    CHECK(def.at("interactionType") == "matching");
    CHECK(def.at("correctResponsesPattern") == json::array({"p1[.]t1[,]p2[.]t2"}));
    CHECK(def.at("source") == components({{"p1", "Sumbar"}, {"p2", "Sumut"}}));
    CHECK(def.at("target") == components({{"t1", "Padang"}, {"t2", "Medan"}, {"t3", "Ambon"}}));
    CHECK(st.at("result") ==
          json{{"response", "p1[.]t1[,]p2[.]t3"}, {"success", false}, {"score", score(0.5, 1, 0.5)}});

    auto ord = questionOf(content::QuestionType::Ordering, "or");
    ord.options = {{"x", "Rencana", false, ""}, {"y", "Laksana", false, ""}};
    st = answered(ord, "y[,]x", false);
    CHECK(st.at("object").at("definition").at("interactionType") == "sequencing");
    CHECK(st.at("object").at("definition").at("correctResponsesPattern") == json::array({"x[,]y"}));
    CHECK(st.at("object").at("definition").at("choices") == components({{"x", "Rencana"}, {"y", "Laksana"}}));
    CHECK(st.at("result") == json{{"response", "y[,]x"}, {"success", false}, {"score", score(0, 1, 0)}});
}

TEST_CASE("essay and likert answers carry no success or score", "[sync][statements][interaction]") {
    auto es = questionOf(content::QuestionType::Essay, "es");
    json st = answered(es, "Pelayanan prima berarti ...", false);
    const json& def = st.at("object").at("definition");
    CHECK(def.at("interactionType") == "long-fill-in");
    CHECK_FALSE(def.contains("correctResponsesPattern"));
    CHECK(st.at("result") == json{{"response", "Pelayanan prima berarti ..."}});

    auto lk = questionOf(content::QuestionType::Likert, "lk");
    lk.options = {{"1", "Tidak puas", false, ""}, {"2", "Puas", false, ""}};
    st = answered(lk, "2", false);
    const json& ldef = st.at("object").at("definition");
    CHECK(ldef.at("interactionType") == "likert");
    CHECK_FALSE(ldef.contains("correctResponsesPattern"));
    CHECK(ldef.at("scale") == components({{"1", "Tidak puas"}, {"2", "Puas"}}));
    CHECK(st.at("result") == json{{"response", "2"}});
}
