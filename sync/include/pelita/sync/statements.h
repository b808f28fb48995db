#pragma once
// xAPI 1.0.3 statements for what a learner does on the kiosk. Pure builders, any thread.
// Each statement gets a fresh kiosk UUID as "id", a "timestamp" and "version": "1.0.3",
// so the server can store a retried statement once.
#include <pelita/content/course.h>
#include <pelita/content/scoring.h>
#include <pelita/sync/records_store.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace pelita::sync::xapi {

inline constexpr const char* kVersion = "1.0.3";
inline constexpr const char* kPlatform = "Pelita kiosk";
// context.extensions key carrying the course package version the learner used.
inline constexpr const char* kCourseVersionExtension =
    "https://pelita.sawahluntokota.go.id/xapi/extensions/course-version";

// result.extensions key of a course's "passed" statement announcing the kiosk's
// certificate: exactly {"id": number, "jp": hours} (docs/protocol.md, Certificates).
inline constexpr const char* kCertificateExtension =
    "https://pelita.sawahluntokota.go.id/xapi/extensions/certificate";

namespace verb {
inline constexpr const char* kCompleted = "http://adlnet.gov/expapi/verbs/completed";
inline constexpr const char* kAttempted = "http://adlnet.gov/expapi/verbs/attempted";
inline constexpr const char* kAnswered = "http://adlnet.gov/expapi/verbs/answered";
inline constexpr const char* kPassed = "http://adlnet.gov/expapi/verbs/passed";
inline constexpr const char* kFailed = "http://adlnet.gov/expapi/verbs/failed";
} // namespace verb

namespace activity {
inline constexpr const char* kCourse = "http://adlnet.gov/expapi/activities/course";
inline constexpr const char* kModule = "http://adlnet.gov/expapi/activities/module";
inline constexpr const char* kLesson = "http://adlnet.gov/expapi/activities/lesson";
inline constexpr const char* kAssessment = "http://adlnet.gov/expapi/activities/assessment";
inline constexpr const char* kInteraction = "http://adlnet.gov/expapi/activities/cmi.interaction";
} // namespace activity

// {"objectType":"Agent","name":…,"account":{"homePage":homePage,"name":NIP}}
nlohmann::json actor(const Learner& learner, const std::string& homePage);

nlohmann::json lessonCompleted(const nlohmann::json& actor, const content::Course& course,
                               const content::Lesson& lesson);

// `attemptId` becomes context.registration of every statement of the attempt.
nlohmann::json quizAttempted(const nlohmann::json& actor, const content::Course& course, const content::Quiz& quiz,
                             const std::string& attemptId);

// Any question as a cmi.interaction (content/xapi_interaction.h); `optionId` is the
// learner's response in quiz_response.h's form, `correct` the success of scored types.
nlohmann::json questionAnswered(const nlohmann::json& actor, const content::Course& course,
                                const content::Quiz& quiz, const content::Question& question,
                                const std::string& attemptId, const std::string& optionId, bool correct);

// "completed" for the quiz with the full result (score, success, duration).
nlohmann::json quizCompleted(const nlohmann::json& actor, const content::Course& course, const content::Quiz& quiz,
                             const std::string& attemptId, const content::Score& score, std::int64_t durationMs);

// "passed" or "failed", following score.passed, with the same result.
nlohmann::json quizJudged(const nlohmann::json& actor, const content::Course& course, const content::Quiz& quiz,
                          const std::string& attemptId, const content::Score& score, std::int64_t durationMs);

// "passed" for the whole course, announcing `certificate`: its id is the statement
// id, its issue time the timestamp, and result.extensions carries the number and JP
// in the shape the server indexes for GET /pelita/v1/certificates/{id}.
nlohmann::json coursePassed(const nlohmann::json& actor, const content::Course& course,
                            const Certificate& certificate);

} // namespace pelita::sync::xapi
