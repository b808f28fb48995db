#include "statement_facts.h"

#include <cmath>

namespace pelita::server::analytics {

using nlohmann::json;

namespace {

const json* member(const json& j, const char* name) {
    if (!j.is_object()) return nullptr;
    const auto it = j.find(name);
    return it == j.end() ? nullptr : &*it;
}

std::string text(const json* j) { return j && j->is_string() ? j->get<std::string>() : std::string(); }

std::string typeOf(const json& activity) {
    const json* definition = member(activity, "definition");
    return text(definition ? member(*definition, "type") : nullptr);
}

// The learner's key: the NIP where the actor has an account, so the roster
// joins on it; another IFI otherwise. Groups are not learners.
std::string learnerKey(const json& actor) {
    if (text(member(actor, "objectType")) == "Group") return {};
    if (const json* account = member(actor, "account")) return text(member(*account, "name"));
    for (const char* ifi : {"mbox", "mbox_sha1sum", "openid"})
        if (auto value = text(member(actor, ifi)); !value.empty()) return value;
    return {};
}

std::vector<json> contextList(const json& statement, const char* kind) {
    const json* context = member(statement, "context");
    const json* activities = context ? member(*context, "contextActivities") : nullptr;
    const json* list = activities ? member(*activities, kind) : nullptr;
    if (!list) return {};
    if (list->is_array()) return list->get<std::vector<json>>();
    return {*list};
}

std::int64_t micro(double value) { return static_cast<std::int64_t>(std::llround(value * kMicro)); }

// The course: a grouping (or parent) activity typed as a course, the object
// when it is typed as a course or carries a certificate, the first grouping
// activity, and last a result (passed/failed/completed) about an object with
// no context activities, which is how a plain LMS reports a whole course.
std::string courseOf(const json& statement, const StatementFacts& f, bool hasCertificate) {
    const auto grouping = contextList(statement, "grouping");
    const auto parent = contextList(statement, "parent");
    for (const auto* list : {&grouping, &parent})
        for (const auto& a : *list)
            if (typeOf(a) == kCourseType) return text(member(a, "id"));
    const json& object = statement["object"];
    if (!f.object.empty() && (typeOf(object) == kCourseType || hasCertificate)) return f.object;
    if (!grouping.empty()) return text(member(grouping.front(), "id"));
    const bool result = f.verb == kPassedIri || f.verb == kFailedIri || f.verb == kCompletedIri;
    if (result && parent.empty()) return f.object;
    return {};
}

std::optional<int> likertPosition(const json& definition, const std::string& response) {
    if (const json* scale = member(definition, "scale"); scale && scale->is_array())
        for (std::size_t i = 0; i < scale->size(); ++i)
            if (text(member((*scale)[i], "id")) == response) return static_cast<int>(i) + 1;
    if (!response.empty() && response.find_first_not_of("0123456789") == std::string::npos && response.size() < 4)
        return std::stoi(response);
    return std::nullopt;
}

void readAnswer(const json& statement, StatementFacts& f) {
    const json& object = statement["object"];
    const json* definition = member(object, "definition");
    const auto type = text(definition ? member(*definition, "interactionType") : nullptr);
    if (type.empty()) return;
    AnswerFact a;
    a.question = f.object;
    a.interactionType = type;
    if (const auto parent = contextList(statement, "parent"); !parent.empty()) a.quiz = text(member(parent[0], "id"));
    const json* result = member(statement, "result");
    a.response = text(result ? member(*result, "response") : nullptr);
    const json* success = result ? member(*result, "success") : nullptr;
    a.scored = success && success->is_boolean() && type != "likert";
    if (a.scored) {
        a.correct = success->get<bool>();
        const json* score = member(*result, "score");
        const json* scaled = score ? member(*score, "scaled") : nullptr;
        a.creditMicro = scaled && scaled->is_number() ? micro(scaled->get<double>()) : (a.correct ? kMicro : 0);
    }
    if (type == "likert") a.likertPosition = likertPosition(*definition, a.response);
    a.freeText = !a.scored && (type == "long-fill-in" || type == "fill-in") && !a.response.empty();
    f.answer = std::move(a);
}

} // namespace

StatementFacts factsOf(const json& statement) {
    StatementFacts f;
    f.id = text(member(statement, "id"));
    f.verb = text(member(statement["verb"], "id"));
    f.timestamp = text(member(statement, "timestamp"));
    const json& object = statement["object"];
    const auto objectType = text(member(object, "objectType"));
    if (objectType == "StatementRef") {
        if (f.verb == "http://adlnet.gov/expapi/verbs/voided") f.voidsId = text(member(object, "id"));
        return f;
    }
    if (objectType.empty() || objectType == "Activity") f.object = text(member(object, "id"));
    const json& actor = statement["actor"];
    f.learner = learnerKey(actor);
    f.learnerName = text(member(actor, "name"));
    if (const json* context = member(statement, "context")) f.registration = text(member(*context, "registration"));
    const json* result = member(statement, "result");
    const json* extensions = result ? member(*result, "extensions") : nullptr;
    const json* certificate = extensions ? member(*extensions, kCertificateKey) : nullptr;
    if (certificate && certificate->is_object()) {
        f.certificate = text(member(*certificate, "id"));
        if (const json* jp = member(*certificate, "jp"); jp && jp->is_number())
            f.jpMilli = static_cast<std::int64_t>(std::llround(jp->get<double>() * kMilliJp));
    }
    const json* score = result ? member(*result, "score") : nullptr;
    if (const json* scaled = score ? member(*score, "scaled") : nullptr; scaled && scaled->is_number())
        f.scaledMicro = micro(scaled->get<double>());
    f.course = courseOf(statement, f, certificate != nullptr);
    if (!f.object.empty()) {
        if (const json* definition = member(object, "definition")) f.definitions.emplace_back(f.object, *definition);
        readAnswer(statement, f);
    }
    for (const char* kind : {"parent", "grouping"})
        for (const auto& a : contextList(statement, kind)) {
            const auto id = text(member(a, "id"));
            if (const json* definition = member(a, "definition"); definition && !id.empty())
                f.definitions.emplace_back(id, *definition);
            // An attempt's parent module tells which topic (module) the quiz teaches.
            if (std::string(kind) == "parent" && typeOf(a) == kModuleType && !f.object.empty() && !f.answer)
                f.quizModule = std::make_pair(f.object, id);
        }
    return f;
}

} // namespace pelita::server::analytics
