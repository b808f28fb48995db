#include <pelita/sync/resume_state.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace pelita::sync {

using nlohmann::json;

namespace {

bool samePlace(const ReadingPlace& a, const ReadingPlace& b) {
    return a.lessonId == b.lessonId && a.position == b.position && a.atMs == b.atMs;
}

// Whether `candidate` should replace `current` as the place in one lesson.
bool newer(const ReadingPlace& candidate, const ReadingPlace& current) {
    if (candidate.atMs != current.atMs) return candidate.atMs > current.atMs;
    return candidate.position > current.position;
}

Expected<std::int64_t, std::string> readTime(const json& j, const std::string& at) {
    if (!j.is_number_integer() || j.get<std::int64_t>() < 0) return unexpected(at + ": is not a time (Unix ms)");
    return j.get<std::int64_t>();
}

Expected<std::string, std::string> readText(const json& j, const char* field, const std::string& at) {
    const auto it = j.find(field);
    if (it == j.end() || !it->is_string() || it->get<std::string>().empty())
        return unexpected(at + "." + field + ": is missing or not text");
    return it->get<std::string>();
}

// The object under `field`, or an empty one when absent.
Expected<json, std::string> objectField(const json& doc, const char* field) {
    const auto it = doc.find(field);
    if (it == doc.end()) return json::object();
    if (!it->is_object()) return unexpected(std::string(field) + ": is not an object");
    return *it;
}

Expected<QuizInProgress, std::string> readQuiz(const json& j, const std::string& at) {
    if (!j.is_object()) return unexpected(at + ": is not an object");
    QuizInProgress q;
    const std::pair<const char*, std::string*> texts[] = {
        {"attempt", &q.attemptId}, {"quiz", &q.quizId}, {"kiosk", &q.kioskId}};
    for (const auto& [field, into] : texts) {
        auto value = readText(j, field, at);
        if (!value) return unexpected(value.error());
        *into = std::move(*value);
    }
    const auto started = j.find("startedAt");
    if (started == j.end()) return unexpected(at + ".startedAt: is missing");
    auto time = readTime(*started, at + ".startedAt");
    if (!time) return unexpected(time.error());
    q.startedAtMs = *time;
    return q;
}

Expected<double, std::string> readNumber(const json& j, const char* field, const std::string& at) {
    const auto it = j.find(field);
    if (it == j.end() || !it->is_number() || !std::isfinite(it->get<double>()))
        return unexpected(at + "." + field + ": is missing or not a number");
    return it->get<double>();
}

Expected<QuizSubmitted, std::string> readSubmitted(const json& j, const std::string& at) {
    auto started = readQuiz(j, at); // attempt, quiz, kiosk, startedAt
    if (!started) return unexpected(started.error());
    QuizSubmitted q{started->attemptId, started->quizId, started->kioskId, started->startedAtMs, 0, 0, 0, 0, 0, false};
    const auto submitted = j.find("submittedAt");
    if (submitted == j.end()) return unexpected(at + ".submittedAt: is missing");
    auto time = readTime(*submitted, at + ".submittedAt");
    if (!time) return unexpected(time.error());
    q.submittedAtMs = *time;
    const auto score = j.find("score");
    if (score == j.end() || !score->is_object()) return unexpected(at + ".score: is missing or not an object");
    const std::pair<const char*, double*> numbers[] = {{"raw", &q.raw}, {"min", &q.min}, {"max", &q.max}, {"scaled", &q.scaled}};
    for (const auto& [field, into] : numbers) {
        auto value = readNumber(*score, field, at + ".score");
        if (!value) return unexpected(value.error());
        *into = *value;
    }
    const auto passed = j.find("passed");
    if (passed == j.end() || !passed->is_boolean()) return unexpected(at + ".passed: is missing or not true/false");
    q.passed = passed->get<bool>();
    return q;
}

} // namespace

bool ResumeState::operator==(const ResumeState& o) const {
    return completedLessons == o.completedLessons && quizzesInProgress == o.quizzesInProgress &&
           submittedQuizzes == o.submittedQuizzes &&
           std::equal(readingPlaces.begin(), readingPlaces.end(), o.readingPlaces.begin(), o.readingPlaces.end(),
                      [](const auto& a, const auto& b) { return a.first == b.first && samePlace(a.second, b.second); });
}

Expected<ResumeState, std::string> parseResumeState(const std::string& body) {
    const json doc = json::parse(body, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return unexpected(std::string("the document is not a JSON object"));
    const auto v = doc.find("v");
    if (v == doc.end() || !v->is_number_integer()) return unexpected(std::string("v: is missing or not a number"));
    if (v->get<std::int64_t>() != kResumeStateVersion)
        return unexpected("v: is " + v->dump() + "; this Pelita reads version " + std::to_string(kResumeStateVersion));
    ResumeState state;
    auto completed = objectField(doc, "completedLessons");
    if (!completed) return unexpected(completed.error());
    for (const auto& [lesson, time] : completed->items()) {
        auto at = readTime(time, "completedLessons." + lesson);
        if (!at) return unexpected(at.error());
        state.completedLessons[lesson] = *at;
    }
    auto places = objectField(doc, "readingPlaces");
    if (!places) return unexpected(places.error());
    for (const auto& [lesson, place] : places->items()) {
        const std::string at = "readingPlaces." + lesson;
        if (!place.is_object()) return unexpected(at + ": is not an object");
        const auto position = place.find("position");
        if (position == place.end() || !position->is_number() || !std::isfinite(position->get<double>()) ||
            position->get<double>() < 0)
            return unexpected(at + ".position: is missing or not a place (a number from 0)");
        const auto savedAt = place.find("at");
        if (savedAt == place.end()) return unexpected(at + ".at: is missing");
        auto time = readTime(*savedAt, at + ".at");
        if (!time) return unexpected(time.error());
        state.readingPlaces[lesson] = ReadingPlace{lesson, position->get<double>(), *time};
    }
    if (const auto quizzes = doc.find("quizzesInProgress"); quizzes != doc.end()) {
        if (!quizzes->is_array()) return unexpected(std::string("quizzesInProgress: is not a list"));
        for (std::size_t i = 0; i < quizzes->size(); ++i) {
            auto quiz = readQuiz((*quizzes)[i], "quizzesInProgress[" + std::to_string(i) + "]");
            if (!quiz) return unexpected(quiz.error());
            state.quizzesInProgress.push_back(std::move(*quiz));
        }
    }
    if (const auto submitted = doc.find("submittedQuizzes"); submitted != doc.end()) {
        if (!submitted->is_array()) return unexpected(std::string("submittedQuizzes: is not a list"));
        for (std::size_t i = 0; i < submitted->size(); ++i) {
            auto quiz = readSubmitted((*submitted)[i], "submittedQuizzes[" + std::to_string(i) + "]");
            if (!quiz) return unexpected(quiz.error());
            state.submittedQuizzes.push_back(std::move(*quiz));
        }
    }
    return state;
}

std::string resumeStateJson(const ResumeState& state) {
    json doc = {{"v", kResumeStateVersion}, {"completedLessons", json::object()}, {"readingPlaces", json::object()},
                {"quizzesInProgress", json::array()}};
    for (const auto& [lesson, at] : state.completedLessons) doc["completedLessons"][lesson] = at;
    for (const auto& [lesson, place] : state.readingPlaces)
        doc["readingPlaces"][lesson] = {{"position", place.position}, {"at", place.atMs}};
    for (const auto& q : state.quizzesInProgress)
        doc["quizzesInProgress"].push_back(
            {{"attempt", q.attemptId}, {"quiz", q.quizId}, {"kiosk", q.kioskId}, {"startedAt", q.startedAtMs}});
    doc["submittedQuizzes"] = json::array();
    for (const auto& q : state.submittedQuizzes)
        doc["submittedQuizzes"].push_back({{"attempt", q.attemptId},
                                           {"quiz", q.quizId},
                                           {"kiosk", q.kioskId},
                                           {"startedAt", q.startedAtMs},
                                           {"submittedAt", q.submittedAtMs},
                                           {"score", {{"raw", q.raw}, {"min", q.min}, {"max", q.max}, {"scaled", q.scaled}}},
                                           {"passed", q.passed}});
    return doc.dump();
}

ResumeMerge mergeResumeState(const ResumeState& local, const ResumeState& remote, const std::string& kioskId) {
    ResumeMerge merge;
    merge.document.completedLessons = local.completedLessons;
    for (const auto& [lesson, at] : remote.completedLessons) {
        auto [it, added] = merge.document.completedLessons.emplace(lesson, at);
        if (!added && at >= it->second) continue;
        it->second = at;
        merge.lessonsToComplete[lesson] = at;
    }
    merge.document.readingPlaces = local.readingPlaces;
    for (const auto& [lesson, place] : remote.readingPlaces) {
        auto [it, added] = merge.document.readingPlaces.emplace(lesson, place);
        if (!added && !newer(place, it->second)) continue;
        it->second = place;
        merge.placesToSave.push_back(place);
    }
    // Other kiosks' attempts as the server has them; ours as our records have them.
    auto& quizzes = merge.document.quizzesInProgress;
    for (const auto& q : remote.quizzesInProgress)
        if (q.kioskId != kioskId) quizzes.push_back(q);
    for (const auto& q : local.quizzesInProgress) {
        const bool claimed = std::any_of(quizzes.begin(), quizzes.end(),
                                         [&](const QuizInProgress& o) { return o.attemptId == q.attemptId; });
        if (!claimed) quizzes.push_back(q);
    }
    std::sort(quizzes.begin(), quizzes.end(),
              [](const QuizInProgress& a, const QuizInProgress& b) { return a.attemptId < b.attemptId; });
    // Submitted attempts: ours as our records have them, then any the server adds.
    auto& submitted = merge.document.submittedQuizzes;
    submitted = local.submittedQuizzes;
    const auto known = [&](const std::string& attemptId) {
        const auto same = [&](const auto& q) { return q.attemptId == attemptId; };
        return std::any_of(submitted.begin(), submitted.end(), same) ||
               std::any_of(local.quizzesInProgress.begin(), local.quizzesInProgress.end(), same);
    };
    for (const auto& q : remote.submittedQuizzes) {
        if (known(q.attemptId)) continue;
        submitted.push_back(q);
        // One the server says this kiosk took but its records lack (a restored data
        // folder) stays in the document, but is not taken in as another kiosk's.
        if (q.kioskId != kioskId) merge.attemptsToTakeIn.push_back(q);
    }
    std::sort(submitted.begin(), submitted.end(),
              [](const QuizSubmitted& a, const QuizSubmitted& b) { return a.attemptId < b.attemptId; });
    return merge;
}

} // namespace pelita::sync
