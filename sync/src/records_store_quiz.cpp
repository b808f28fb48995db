// RecordsStore: quiz attempts and their answers.
#include <pelita/sync/records_store.h>
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
    "score_scaled, passed FROM quiz_attempts ";

QuizAttempt readAttempt(sqlite3* db, const sqlite::Statement& s) {
    QuizAttempt a;
    a.id = s.text(0);
    a.nip = s.text(1);
    a.courseIri = s.text(2);
    a.quizId = s.text(3);
    a.startedAtMs = s.int64(4);
    if (!s.isNull(5)) a.score = content::Score{s.real(6), s.real(7), s.real(8), s.real(9), s.int64(10) != 0};
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
                                       const std::vector<nlohmann::json>& statements) {
    QuizAttempt a{attemptId, nip, courseIri, quizId, nowMs(), {}, std::nullopt};
    sqlite::Transaction tx(db_);
    sqlite::Statement s(db_, "INSERT INTO quiz_attempts (id, nip, course_iri, quiz_id, started_at, updated_at) "
                             "VALUES (?,?,?,?,?,?)");
    s.bind(1, a.id).bind(2, nip).bind(3, courseIri).bind(4, quizId).bind(5, a.startedAtMs).bind(6, a.startedAtMs);
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

void RecordsStore::recordAnswer(const std::string& attemptId, const std::string& questionId,
                                const std::string& response, bool correct,
                                const std::vector<nlohmann::json>& statements) {
    sqlite::Transaction tx(db_);
    auto now = nowMs();
    // Touching the attempt first also proves it exists and is still open.
    sqlite::Statement touch(db_, "UPDATE quiz_attempts SET updated_at = ? WHERE id = ? AND submitted_at IS NULL");
    touch.bind(1, now).bind(2, attemptId);
    touch.run();
    if (sqlite3_changes(db_) == 0) throw std::runtime_error("this quiz attempt is already submitted or does not exist");
    sqlite::Statement s(db_, "INSERT INTO quiz_answers (attempt_id, question_id, response, correct, answered_at) "
                             "VALUES (?,?,?,?,?) ON CONFLICT(attempt_id, question_id) DO UPDATE SET "
                             "response = excluded.response, correct = excluded.correct, "
                             "answered_at = excluded.answered_at");
    s.bind(1, attemptId).bind(2, questionId).bind(3, response).bind(4, std::int64_t{correct ? 1 : 0}).bind(5, now);
    s.run();
    appendToOutbox(db_, statements, now);
    tx.commit();
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

} // namespace pelita::sync
