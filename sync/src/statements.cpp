#include <pelita/sync/statements.h>
#include <pelita/sync/clock.h>
#include <pelita/sync/uuid.h>

#include <pelita/content/xapi_interaction.h>

namespace pelita::sync::xapi {
namespace {

using nlohmann::json;

// xAPI language maps need a tag; Pelita's courses are Indonesian unless they say otherwise.
std::string languageOf(const content::Course& course) { return course.language.empty() ? "id-ID" : course.language; }

json languageMap(const content::LocalizedText& text) {
    json map = json::object();
    for (const auto& [lang, value] : text.byLanguage) map[lang] = value;
    return map;
}

json activityObject(const std::string& iri, const char* type, const content::LocalizedText& name) {
    json definition = {{"type", type}};
    if (!name.empty()) definition["name"] = languageMap(name);
    return {{"objectType", "Activity"}, {"id", iri}, {"definition", definition}};
}

json courseActivity(const content::Course& c) { return activityObject(c.iri, activity::kCourse, c.title); }

json moduleActivity(const content::Course& c, std::string_view lessonOrQuizId) {
    const content::Module* m = c.moduleOf(lessonOrQuizId);
    return m ? activityObject(c.moduleIri(*m), activity::kModule, m->title) : courseActivity(c);
}

json statement(const json& actor, const char* verbId, const char* verbWord, json object, json context) {
    return {{"id", newUuid()},
            {"actor", actor},
            {"verb", {{"id", verbId}, {"display", {{"en-US", verbWord}}}}},
            {"object", std::move(object)},
            {"context", std::move(context)},
            {"timestamp", isoTimestamp(nowMs())},
            {"version", kVersion}};
}

json context(const content::Course& course, json parent, const std::string& registration) {
    json ctx = {{"contextActivities", {{"parent", json::array({std::move(parent)})},
                                       {"grouping", json::array({courseActivity(course)})}}},
                {"language", languageOf(course)},
                {"platform", kPlatform}};
    if (!course.version.empty()) ctx["extensions"] = {{kCourseVersionExtension, course.version}};
    if (!registration.empty()) ctx["registration"] = registration;
    return ctx;
}

json quizResult(const content::Score& score, std::int64_t durationMs) {
    return {{"score", {{"raw", score.raw}, {"min", score.min}, {"max", score.max}, {"scaled", score.scaled}}},
            {"success", score.passed},
            {"completion", true},
            {"duration", isoDuration(durationMs)}};
}

} // namespace

json actor(const Learner& learner, const std::string& homePage) {
    return {{"objectType", "Agent"}, {"name", learner.name}, {"account", {{"homePage", homePage}, {"name", learner.nip}}}};
}

json lessonCompleted(const json& actor, const content::Course& course, const content::Lesson& lesson) {
    return statement(actor, verb::kCompleted, "completed",
                     activityObject(course.lessonIri(lesson), activity::kLesson, lesson.title),
                     context(course, moduleActivity(course, lesson.id), ""));
}

json quizAttempted(const json& actor, const content::Course& course, const content::Quiz& quiz,
                   const std::string& attemptId) {
    return statement(actor, verb::kAttempted, "attempted",
                     activityObject(course.quizIri(quiz), activity::kAssessment, quiz.title),
                     context(course, moduleActivity(course, quiz.id), attemptId));
}

json questionAnswered(const json& actor, const content::Course& course, const content::Quiz& quiz,
                      const content::Question& question, const std::string& attemptId, const std::string& optionId,
                      bool correct) {
    json object = {{"objectType", "Activity"},
                   {"id", course.questionIri(quiz, question)},
                   {"definition", content::xapi::interactionDefinition(question, languageOf(course))}};
    json quizParent = activityObject(course.quizIri(quiz), activity::kAssessment, quiz.title);
    json st = statement(actor, verb::kAnswered, "answered", std::move(object),
                        context(course, std::move(quizParent), attemptId));
    st["result"] = content::xapi::interactionResult(question, optionId);
    // The caller's judgement wins where there is one, so the statement agrees with the store.
    if (st["result"].contains("success")) st["result"]["success"] = correct;
    return st;
}

json quizCompleted(const json& actor, const content::Course& course, const content::Quiz& quiz,
                   const std::string& attemptId, const content::Score& score, std::int64_t durationMs) {
    json st = statement(actor, verb::kCompleted, "completed",
                        activityObject(course.quizIri(quiz), activity::kAssessment, quiz.title),
                        context(course, moduleActivity(course, quiz.id), attemptId));
    st["result"] = quizResult(score, durationMs);
    return st;
}

json quizJudged(const json& actor, const content::Course& course, const content::Quiz& quiz,
                const std::string& attemptId, const content::Score& score, std::int64_t durationMs) {
    json st = statement(actor, score.passed ? verb::kPassed : verb::kFailed, score.passed ? "passed" : "failed",
                        activityObject(course.quizIri(quiz), activity::kAssessment, quiz.title),
                        context(course, moduleActivity(course, quiz.id), attemptId));
    st["result"] = quizResult(score, durationMs);
    return st;
}

json coursePassed(const json& actor, const content::Course& course, const Certificate& certificate) {
    json ctx = {{"language", languageOf(course)}, {"platform", kPlatform}};
    if (!course.version.empty()) ctx["extensions"] = {{kCourseVersionExtension, course.version}};
    json st = statement(actor, verb::kPassed, "passed", courseActivity(course), std::move(ctx));
    st["id"] = certificate.statementId;
    st["timestamp"] = isoTimestamp(certificate.issuedAtMs);
    json result = {{"success", true},
                   {"completion", true},
                   {"extensions", {{kCertificateExtension, {{"id", certificate.id}, {"jp", certificate.jpHours}}}}}};
    if (certificate.scaledScore) result["score"] = {{"scaled", *certificate.scaledScore}};
    st["result"] = std::move(result);
    return st;
}

} // namespace pelita::sync::xapi
