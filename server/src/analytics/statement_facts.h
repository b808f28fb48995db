#pragma once
// StatementFacts: what the dashboard reads from one stored xAPI statement,
// pulled out once so the fold never walks JSON twice. Pure; any thread.
// Which verbs, activity types and extensions count is documented in
// docs/admin-guide.md, "Dashboard figures".
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace pelita::server::analytics {

inline constexpr const char* kCourseType = "http://adlnet.gov/expapi/activities/course";
inline constexpr const char* kModuleType = "http://adlnet.gov/expapi/activities/module";
inline constexpr const char* kCertificateKey = "https://pelita.sawahluntokota.go.id/xapi/extensions/certificate";
inline constexpr const char* kPassedIri = "http://adlnet.gov/expapi/verbs/passed";
inline constexpr const char* kFailedIri = "http://adlnet.gov/expapi/verbs/failed";
inline constexpr const char* kCompletedIri = "http://adlnet.gov/expapi/verbs/completed";

// Scores and JP are kept as integers in millionths / thousandths, so that
// adding and later taking back the same statement leaves the sums exact
// (an incremental fold then equals a rebuild bit for bit).
inline constexpr std::int64_t kMicro = 1'000'000;
inline constexpr std::int64_t kMilliJp = 1'000;

// One response to a cmi.interaction.
struct AnswerFact {
    std::string question;        // the interaction's IRI
    std::string quiz;            // context.contextActivities.parent[0], or empty
    std::string interactionType; // "choice", "likert", "long-fill-in", ...
    std::string response;
    bool scored = false;         // result.success is present (likert and essays have none)
    bool correct = false;
    std::int64_t creditMicro = 0; // result.score.scaled, else 1 or 0 from success
    std::optional<int> likertPosition; // 1-based place of the response in the scale
    bool freeText = false;       // an unscored fill-in / long-fill-in: a comment
};

struct StatementFacts {
    std::string id;
    std::string voidsId;   // set for a voiding statement: the id it takes back
    std::string learner;   // actor.account.name (the NIP), else another IFI; empty for Groups
    std::string learnerName;
    std::string course;    // the course the statement belongs to, or empty
    std::string object;    // object.id when the object is an Activity
    std::string verb;
    std::string timestamp; // as sent: the learner's local date is its first 10 characters
    std::string registration;
    std::optional<std::int64_t> scaledMicro;
    std::optional<std::int64_t> jpMilli;  // certificate extension "jp"
    std::string certificate;              // certificate extension "id"
    std::optional<AnswerFact> answer;
    std::optional<std::pair<std::string, std::string>> quizModule; // quiz IRI -> module IRI
    // Activity definitions seen in the statement (for titles, likert scales).
    std::vector<std::pair<std::string, nlohmann::json>> definitions;

    bool courseLevel() const { return !course.empty() && object == course; }
    bool judged() const { return verb == kPassedIri || verb == kFailedIri; }
};

// `statement` is a statement as stored (it has "id" and "timestamp").
StatementFacts factsOf(const nlohmann::json& statement);

} // namespace pelita::server::analytics
