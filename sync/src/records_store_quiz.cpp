// RecordsStore: quiz attempts, their answers and progress (seed, elapsed time, position).
// A seed is a 64-bit unsigned value kept in SQLite's signed INTEGER bit for bit.
#include <pelita/sync/records_store.h>
#include <pelita/content/quiz_attempt.h>
#include <pelita/sync/clock.h>
#include <pelita/sync/uuid.h>

#include "outbox.h"
#include "sqlite.h"

#include <sqlite3.h>

#include <stdexcept>

namespace pelita::sync {
namespace {

constexpr const char* kAttemptColumns =
    "SELECT id, nip, course_iri, quiz_id, started_at, submitted_at, score_raw, score_min, score_max, "
    "score_scaled, passed, seed, elapsed_ms, current_question, course_version, taken_from FROM quiz_attempts ";

QuizAttempt readAttempt(sqlite3* db, const sqlite::Statement& s) {
    QuizAttempt a;
    a.id = s.text(0);
    a.nip = s.text(1);
    a.courseIri = s.text(2);
    a.quizId = s.text(3);
    a.startedAtMs = s.int64(4);
    if (!s.isNull(5)) {
        a.submittedAtMs = s.int64(5);
        a.score = content::Score{s.real(6), s.real(7), s.real(8), s.real(9), s.int64(10) != 0};
    }
    // Attempts begun before v2 have no stored seed; the id-derived one is what they showed.
    a.seed = s.isNull(11) ? content::attemptSeed(a.id) : static_cast<std::uint64_t>(s.int64(11));
    a.elapsedMs = s.int64(12);
    a.currentQuestion = static_cast<std::size_t>(s.int64(13));
    a.courseVersion = s.isNull(14) ? std::string() : s.text(14);
    a.takenFrom = s.isNull(15) ? std::string() : s.text(15);
    sqlite::Statement answers(db, "SELECT question_id, response FROM quiz_answers WHERE attempt_id = ?");
    answers.bind(1, a.id);
    while (answers.step()) a.responses[answers.text(0)] = answers.text(1);
    return a;
}

} // namespace

QuizAttempt RecordsStore::startAttempt(const std::string& nip, const std::string& courseIri, const std::string& quizId,
                                       const std::vector<nlohmann::json>& statements) {
    return startAttempt(newUuid(), nip, courseIri, quizId, statements);
}

QuizAttempt RecordsStore::startAttempt(const std::string& attemptId, const std::string& nip,
                                       const std::string& courseIri, const std::string& quizId,
                                       const std::vector<nlohmann::json>& statements,
                                       const std::string& courseVersion) {
    QuizAttempt a;
    a.id = attemptId;
    a.nip = nip;
    a.courseIri = courseIri;
    a.quizId = quizId;
    a.startedAtMs = nowMs();
    a.seed = content::attemptSeed(attemptId);
    a.courseVersion = courseVersion;
    sqlite::Transaction tx(db_);
    sqlite::Statement s(db_, "INSERT INTO quiz_attempts (id, nip, course_iri, quiz_id, started_at, updated_at, "
                             "seed, course_version) VALUES (?,?,?,?,?,?,?,?)");
    s.bind(1, a.id).bind(2, nip).bind(3, courseIri).bind(4, quizId).bind(5, a.startedAtMs).bind(6, a.startedAtMs);
    s.bind(7, static_cast<std::int64_t>(a.seed));
    if (courseVersion.empty())
        s.bindNull(8);
    else
        s.bind(8, courseVersion);
    s.run();
    appendToOutbox(db_, statements, a.startedAtMs);
    tx.commit();
    return a;
}

std::optional<QuizAttempt> RecordsStore::openAttempt(const std::string& nip, const std::string& courseIri,
                                                     const std::string& quizId) const {
    sqlite::Statement s(db_, std::string(kAttemptColumns) +
                                 "WHERE nip = ? AND course_iri = ? AND quiz_id = ? AND submitted_at IS NULL "
                                 "ORDER BY started_at DESC LIMIT 1");
    s.bind(1, nip).bind(2, courseIri).bind(3, quizId);
    if (!s.step()) return std::nullopt;
    return readAttempt(db_, s);
}

std::optional<QuizAttempt> RecordsStore::attempt(const std::string& attemptId) const {
    sqlite::Statement s(db_, std::string(kAttemptColumns) + "WHERE id = ?");
    s.bind(1, attemptId);
    if (!s.step()) return std::nullopt;
    return readAttempt(db_, s);
}

std::vector<QuizAttempt> RecordsStore::openAttempts(const std::string& nip, const std::string& courseIri) const {
    sqlite::Statement s(db_, std::string(kAttemptColumns) +
                                 "WHERE nip = ? AND course_iri = ? AND submitted_at IS NULL ORDER BY started_at, id");
    s.bind(1, nip).bind(2, courseIri);
    std::vector<QuizAttempt> out;
    while (s.step()) out.push_back(readAttempt(db_, s));
    return out;
}

namespace {

// Updates an open attempt's progress; false when no open attempt has that id.
// Without `progress` only updated_at changes. MAX() keeps a late or replayed save
// from taking time back.
bool touchAttempt(sqlite3* db, const std::string& attemptId, const std::optional<AttemptProgress>& progress,
                  std::int64_t now) {
    if (!progress) {
        sqlite::Statement s(db, "UPDATE quiz_attempts SET updated_at = ? WHERE id = ? AND submitted_at IS NULL");
        s.bind(1, now).bind(2, attemptId);
        s.run();
    } else {
        sqlite::Statement s(db, "UPDATE quiz_attempts SET updated_at = ?, elapsed_ms = MAX(elapsed_ms, ?), "
                                "current_question = ? WHERE id = ? AND submitted_at IS NULL");
        s.bind(1, now).bind(2, progress->elapsedMs).bind(3, static_cast<std::int64_t>(progress->currentQuestion));
        s.bind(4, attemptId);
        s.run();
    }
    return sqlite3_changes(db) > 0;
}

void storeAnswer(sqlite3* db, const std::string& attemptId, const std::string& questionId,
                 const std::string& response, bool correct, const std::optional<AttemptProgress>& progress,
                 const std::vector<nlohmann::json>& statements) {
    sqlite::Transaction tx(db);
    auto now = nowMs();
    // Touching the attempt first also proves it exists and is still open.
    if (!touchAttempt(db, attemptId, progress, now))
        throw std::runtime_error("this quiz attempt is already submitted or does not exist");
    sqlite::Statement s(db, "INSERT INTO quiz_answers (attempt_id, question_id, response, correct, answered_at) "
                            "VALUES (?,?,?,?,?) ON CONFLICT(attempt_id, question_id) DO UPDATE SET "
                            "response = excluded.response, correct = excluded.correct, "
                            "answered_at = excluded.answered_at");
    s.bind(1, attemptId).bind(2, questionId).bind(3, response).bind(4, std::int64_t{correct ? 1 : 0}).bind(5, now);
    s.run();
    appendToOutbox(db, statements, now);
    tx.commit();
}

} // namespace

void RecordsStore::recordAnswer(const std::string& attemptId, const std::string& questionId,
                                const std::string& response, bool correct,
                                const std::vector<nlohmann::json>& statements) {
    storeAnswer(db_, attemptId, questionId, response, correct, std::nullopt, statements);
}

void RecordsStore::recordAnswer(const std::string& attemptId, const std::string& questionId,
                                const std::string& response, bool correct, const AttemptProgress& progress,
                                const std::vector<nlohmann::json>& statements) {
    storeAnswer(db_, attemptId, questionId, response, correct, progress, statements);
}

bool RecordsStore::saveProgress(const std::string& attemptId, const AttemptProgress& progress) {
    sqlite::Transaction tx(db_);
    const bool open = touchAttempt(db_, attemptId, progress, nowMs());
    tx.commit();
    return open;
}

void RecordsStore::submitAttempt(const std::string& attemptId, const content::Score& score,
                                 const std::vector<nlohmann::json>& statements) {
    sqlite::Transaction tx(db_);
    auto now = nowMs();
    sqlite::Statement s(db_, "UPDATE quiz_attempts SET submitted_at = ?, updated_at = ?, score_raw = ?, "
                             "score_min = ?, score_max = ?, score_scaled = ?, passed = ? "
                             "WHERE id = ? AND submitted_at IS NULL");
    s.bind(1, now).bind(2, now).bind(3, score.raw).bind(4, score.min).bind(5, score.max).bind(6, score.scaled);
    s.bind(7, std::int64_t{score.passed ? 1 : 0}).bind(8, attemptId);
    s.run();
    if (sqlite3_changes(db_) == 0) throw std::runtime_error("this quiz attempt is already submitted or does not exist");
    appendToOutbox(db_, statements, now);
    tx.commit();
}

std::vector<QuizAttempt> RecordsStore::submittedAttempts(const std::string& nip, const std::string& courseIri) const {
    std::vector<QuizAttempt> out;
    sqlite::Statement s(db_, std::string(kAttemptColumns) +
                                 "WHERE nip = ? AND course_iri = ? AND submitted_at IS NOT NULL ORDER BY submitted_at");
    s.bind(1, nip).bind(2, courseIri);
    while (s.step()) out.push_back(readAttempt(db_, s));
    return out;
}

bool RecordsStore::takeInAttempts(const std::string& nip, const std::string& courseIri,
                                  const std::vector<QuizAttempt>& attempts) {
    sqlite::Transaction tx(db_);
    int added = 0;
    sqlite::Statement s(db_, "INSERT INTO quiz_attempts (id, nip, course_iri, quiz_id, started_at, updated_at, "
                             "submitted_at, score_raw, score_min, score_max, score_scaled, passed, taken_from) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING");
    for (const auto& a : attempts) {
        if (!a.score || a.takenFrom.empty()) continue; // only others' submitted attempts
        s.bind(1, a.id).bind(2, nip).bind(3, courseIri).bind(4, a.quizId).bind(5, a.startedAtMs);
        s.bind(6, a.submittedAtMs).bind(7, a.submittedAtMs).bind(8, a.score->raw).bind(9, a.score->min);
        s.bind(10, a.score->max).bind(11, a.score->scaled).bind(12, std::int64_t{a.score->passed ? 1 : 0});
        s.bind(13, a.takenFrom);
        s.run();
        added += sqlite3_changes(db_);
        s.reset();
    }
    tx.commit();
    return added > 0;
}

bool RecordsStore::passDecidedElsewhere(const std::string& nip, const std::string& courseIri,
                                        std::int64_t passedAtMs) const {
    sqlite::Statement s(db_, "SELECT 1 FROM quiz_attempts WHERE nip = ? AND course_iri = ? AND passed = 1 "
                             "AND submitted_at = ? AND taken_from IS NOT NULL LIMIT 1");
    s.bind(1, nip).bind(2, courseIri).bind(3, passedAtMs);
    return s.step();
}

std::vector<std::pair<std::string, std::string>> RecordsStore::openAttemptVersions() const {
    std::vector<std::pair<std::string, std::string>> out;
    sqlite::Statement s(db_, "SELECT DISTINCT course_iri, course_version FROM quiz_attempts "
                             "WHERE submitted_at IS NULL AND course_version IS NOT NULL");
    while (s.step()) out.emplace_back(s.text(0), s.text(1));
    return out;
}

} // namespace pelita::sync
