#include <pelita/sync/resume_state_exchange.h>
#include <pelita/sync/clock.h>
#include <pelita/sync/resume_state.h>
#include <pelita/sync/statements.h>

#include <curl/curl.h>

#include <map>
#include <memory>

namespace pelita::sync {

namespace {

// Unix ms up to which this kiosk's progress has been exchanged (setting, text).
constexpr const char* kSentThroughSetting = "resume.sent_through";

// Percent-encoding by libcurl (the handle argument is unused since 7.82).
std::string queryValue(const std::string& text) {
    std::unique_ptr<char, decltype(&curl_free)> escaped(
        curl_easy_escape(nullptr, text.data(), static_cast<int>(text.size())), &curl_free);
    return escaped ? std::string(escaped.get()) : std::string();
}

// This kiosk's records for the learner in one course, as a document.
ResumeState localState(const RecordsStore& store, const std::string& nip, const std::string& courseIri,
                       const std::string& kioskId) {
    ResumeState state;
    for (const auto& a : store.lessonsCompleted(nip))
        if (a.courseIri == courseIri) state.completedLessons[a.itemId] = a.atMs;
    for (auto& place : store.readingPlaces(nip, courseIri)) state.readingPlaces[place.lessonId] = place;
    for (const auto& attempt : store.openAttempts(nip, courseIri))
        state.quizzesInProgress.push_back({attempt.id, attempt.quizId, kioskId, attempt.startedAtMs});
    for (const auto& a : store.submittedAttempts(nip, courseIri)) {
        if (!a.score) continue;
        const auto& s = *a.score;
        state.submittedQuizzes.push_back({a.id, a.quizId, a.takenFrom.empty() ? kioskId : a.takenFrom, a.startedAtMs,
                                          a.submittedAtMs, s.raw, s.min, s.max, s.scaled, s.passed});
    }
    return state;
}

// Another kiosk's submitted attempts as records to take in, marked with that kiosk.
std::vector<QuizAttempt> asAttempts(const std::vector<QuizSubmitted>& submitted) {
    std::vector<QuizAttempt> out;
    for (const auto& q : submitted) {
        QuizAttempt a;
        a.id = q.attemptId;
        a.quizId = q.quizId;
        a.startedAtMs = q.startedAtMs;
        a.submittedAtMs = q.submittedAtMs;
        a.score = content::Score{q.raw, q.min, q.max, q.scaled, q.passed, false};
        a.takenFrom = q.kioskId;
        out.push_back(std::move(a));
    }
    return out;
}

enum class Step { Merged, Retry, Unreachable, Refused };

struct CourseExchange {
    RecordsStore& store;
    Transport& transport;
    const KioskSettings& settings;
    const std::string& nip;
    const std::string& url;  // the document's URL, every parameter included
    HttpHeaders auth;
    ResumeReport& report;

    // One read-merge-write round. `why` gets the English reason of a Refused.
    Step round(const std::string& courseIri, std::string& why) {
        const HttpResult read = transport.get(url, auth);
        if (!read.reached()) return Step::Unreachable;
        ResumeState remote;
        const bool exists = read.status == 200;
        if (exists) {
            auto parsed = parseResumeState(read.body);
            if (!parsed) {
                why = "the server's document was left as it is: " + parsed.error();
                return Step::Refused;
            }
            remote = std::move(*parsed);
        } else if (read.status != 404) {
            why = "the server answered " + std::to_string(read.status) + ": " + read.body.substr(0, 200);
            return Step::Refused;
        }
        if (exists && read.etag.empty()) {
            why = "the server sent no ETag, so a write could overwrite another kiosk's";
            return Step::Refused;
        }
        const ResumeMerge merge = mergeResumeState(localState(store, nip, courseIri, settings.key), remote, settings.key);
        if ((!merge.lessonsToComplete.empty() || !merge.placesToSave.empty()) &&
            store.takeInProgress(nip, courseIri, merge.lessonsToComplete, merge.placesToSave))
            report.changedLocal = true;
        if (!merge.attemptsToTakeIn.empty() && store.takeInAttempts(nip, courseIri, asAttempts(merge.attemptsToTakeIn)))
            report.changedLocal = true;
        if (exists && merge.document == remote) return Step::Merged;
        HttpHeaders headers = auth;
        headers.emplace_back(exists ? "If-Match" : "If-None-Match", exists ? read.etag : std::string("*"));
        const HttpResult wrote = transport.post(url, headers, resumeStateJson(merge.document));
        if (!wrote.reached()) return Step::Unreachable;
        if (wrote.status == 204 || wrote.status == 200) return Step::Merged;
        if (wrote.status == 412) return Step::Retry;
        why = "the server refused the write with " + std::to_string(wrote.status) + ": " + wrote.body.substr(0, 200);
        return Step::Refused;
    }
};

} // namespace

ResumeReport exchangeResumeState(RecordsStore& store, Transport& transport, const KioskSettings& settings,
                                 const std::string& nip, const std::vector<std::string>& courseIris) {
    ResumeReport report;
    std::optional<Learner> learner;
    try {
        learner = store.learner(nip);
    } catch (const std::exception& e) {
        report.problems.push_back(std::string("the learner could not be read: ") + e.what());
        return report;
    }
    if (!learner) {
        report.problems.push_back("no learner with NIP " + nip + " on this kiosk");
        return report;
    }
    const std::string agent = queryValue(xapi::actor(*learner, settings.homePage).dump());
    for (const auto& courseIri : courseIris) {
        const std::string url = settings.serverUrl + "/xapi/activities/state?activityId=" + queryValue(courseIri) +
                                "&agent=" + agent + "&stateId=" + queryValue(kResumeStateId);
        CourseExchange exchange{store, transport, settings, nip, url, {basicAuthHeader(settings.key, settings.secret)},
                                report};
        std::string why = "another kiosk kept writing it (412 " + std::to_string(kResumeWriteTries) + " times)";
        Step step = Step::Retry;
        try {
            for (int tries = 0; tries < kResumeWriteTries && step == Step::Retry; ++tries)
                step = exchange.round(courseIri, why);
        } catch (const std::exception& e) {
            step = Step::Refused;
            why = std::string("the kiosk's records could not be read or written: ") + e.what();
        }
        if (step == Step::Unreachable) {
            report.reached = false;
            return report;
        }
        if (step == Step::Merged)
            ++report.coursesMerged;
        else
            report.problems.push_back(courseIri + ": " + why);
    }
    return report;
}

std::optional<std::int64_t> resumeSentThrough(const RecordsStore& store) {
    const auto text = store.setting(kSentThroughSetting);
    if (!text) return std::nullopt;
    return std::stoll(*text);
}

ChangedResumeReport exchangeChangedResumeState(RecordsStore& store, Transport& transport,
                                               const KioskSettings& settings) {
    ChangedResumeReport report;
    const std::int64_t startedAt = nowMs();
    const auto sentThrough = resumeSentThrough(store);
    if (!sentThrough) {
        // First run with resume state: earlier progress goes at each learner's next sign-in.
        store.setSetting(kSentThroughSetting, std::to_string(startedAt));
        report.clockStarted = true;
        return report;
    }
    std::map<std::string, std::vector<std::string>> courses; // by learner
    for (auto& [nip, iri] : store.progressChangedSince(*sentThrough)) courses[nip].push_back(iri);
    for (const auto& [nip, iris] : courses) {
        const ResumeReport one = exchangeResumeState(store, transport, settings, nip, iris);
        report.coursesMerged += one.coursesMerged;
        if (one.changedLocal) ++report.learnersTakenIn;
        report.problems.insert(report.problems.end(), one.problems.begin(), one.problems.end());
        if (!one.reached) {
            report.reached = false;
            return report;
        }
        ++report.learners;
    }
    store.setSetting(kSentThroughSetting, std::to_string(startedAt));
    return report;
}

} // namespace pelita::sync
