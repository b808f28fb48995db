#include "certificate/certificate_issuer.h"

#include "certificate/certificate_number.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/jp.h>
#include <pelita/sync/statements.h>
#include <pelita/sync/uuid.h>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace pelita::certificate {
namespace {

// The course's score: the mean over its quizzes of each one's best passing score.
// A course passed by reading alone has none.
std::optional<double> courseScore(const std::vector<sync::QuizAttempt>& attempts) {
    std::map<std::string, double> best;
    for (const auto& a : attempts)
        if (a.score && a.score->passed) best[a.quizId] = std::max(best[a.quizId], a.score->scaled);
    if (best.empty()) return std::nullopt;
    double sum = 0;
    for (const auto& [quiz, scaled] : best) sum += scaled;
    return sum / static_cast<double>(best.size());
}

// The learner's first step in the course: a lesson read or a quiz begun.
std::int64_t firstStep(const std::vector<sync::QuizAttempt>& attempts, const std::vector<sync::Achievement>& lessons,
                       const std::string& courseIri, std::int64_t passedAt) {
    std::int64_t first = passedAt;
    for (const auto& a : attempts) first = std::min(first, a.startedAtMs);
    for (const auto& l : lessons)
        if (l.courseIri == courseIri) first = std::min(first, l.atMs);
    return first;
}

// A number this kiosk has not issued yet. A repeat is all but impossible (50
// random bits); the loop makes it impossible.
std::string unusedNumber(const sync::RecordsStore& store, int year) {
    for (int tries = 0; tries < 8; ++tries) {
        std::string number = newCertificateNumber(year);
        if (!store.certificate(number)) return number;
    }
    throw std::runtime_error("could not draw an unused certificate number");
}

} // namespace

std::optional<sync::Certificate> issueIfPassed(sync::RecordsStore& store, const sync::Learner& learner,
                                               const content::Course& course, const std::string& homePage) {
    if (auto existing = store.certificateFor(learner.nip, course.iri)) return existing;
    const auto lessons = store.lessonsCompleted(learner.nip);
    const auto passedAt = sync::coursePassedAt(course, store.quizzesPassed(learner.nip), lessons);
    if (!passedAt) return std::nullopt;
    // The course was completed by a pass on another kiosk (taken in through the
    // resume state): that kiosk issued its certificate; a second number would be wrong.
    if (store.passDecidedElsewhere(learner.nip, course.iri, *passedAt)) return std::nullopt;
    const auto attempts = store.submittedAttempts(learner.nip, course.iri);

    sync::Certificate c;
    c.id = unusedNumber(store, sync::localYear(*passedAt));
    c.nip = learner.nip;
    c.learnerName = learner.name;
    c.learnerUnit = learner.unit;
    c.courseIri = course.iri;
    c.courseVersion = course.version;
    c.courseTitle = course.title.get(course.language);
    c.jpHours = course.jpHours;
    c.scaledScore = courseScore(attempts);
    c.startedAtMs = firstStep(attempts, lessons, course.iri, *passedAt);
    c.issuedAtMs = *passedAt;
    c.statementId = sync::newUuid();
    store.issueCertificate(c, {sync::xapi::coursePassed(sync::xapi::actor(learner, homePage), course, c)});
    return c;
}

} // namespace pelita::certificate
