#pragma once
// The kiosk's records store: one SQLite database, <data>/records.db, in WAL mode
// with synchronous=FULL. Once a write method returns, a power cut cannot undo it.
//
// Threads: one RecordsStore per thread. Each instance owns its own connection;
// several instances (the UI's records worker, the sync actor) may share one file.
#include <pelita/content/expected.h>
#include <pelita/content/scoring.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace pelita::sync {

struct StoreError {
    std::string message;
};

struct Learner {
    std::string nip;          // 18 digits for PNS; the xAPI account name
    std::string name;         // full name with titles
    std::string unit;         // OPD / unit kerja; may be empty
    std::string position;     // jabatan; may be empty
};

struct QuizAttempt {
    std::string id;           // UUID, also the xAPI context.registration
    std::string nip;
    std::string courseIri;
    std::string quizId;
    std::int64_t startedAtMs = 0;
    std::map<std::string, std::string> responses; // question id -> option id
    std::optional<content::Score> score;          // set once submitted
};

struct OutboxItem {
    std::int64_t seq = 0;     // append order
    std::string statementId;  // UUID made on the kiosk
    std::string body;         // the statement's JSON
};

// Write methods throw std::runtime_error with a plain message when SQLite fails
// (disk full, file locked too long); nothing of that write is then stored.
class RecordsStore {
public:
    // Opens or creates <dataDir>/records.db and runs any pending migrations.
    static Expected<std::unique_ptr<RecordsStore>, StoreError> open(const std::filesystem::path& dataDir);
    ~RecordsStore();
    RecordsStore(const RecordsStore&) = delete;
    RecordsStore& operator=(const RecordsStore&) = delete;

    static constexpr int kSchemaVersion = 2;
    int schemaVersion() const;

    // Learners. enrol() fails with a message when the NIP is already enrolled.
    Expected<Learner, StoreError> enrol(const Learner& learner);
    std::vector<Learner> learners() const;
    std::optional<Learner> learner(const std::string& nip) const;

    // Course progress: lessons completed, reading position. `statements` are appended
    // to the outbox in the same transaction.
    void completeLesson(const std::string& nip, const std::string& courseIri, const std::string& lessonId,
                        const std::vector<nlohmann::json>& statements);
    std::vector<std::string> completedLessons(const std::string& nip, const std::string& courseIri) const;

    // Quiz attempts.
    QuizAttempt startAttempt(const std::string& nip, const std::string& courseIri, const std::string& quizId,
                             const std::vector<nlohmann::json>& statements);
    // Same, with an id the caller made (so its statements can carry it as registration).
    QuizAttempt startAttempt(const std::string& attemptId, const std::string& nip, const std::string& courseIri,
                             const std::string& quizId, const std::vector<nlohmann::json>& statements);
    // The learner's unsubmitted attempt at this quiz, if one exists (resume after a crash).
    std::optional<QuizAttempt> openAttempt(const std::string& nip, const std::string& courseIri,
                                           const std::string& quizId) const;
    std::optional<QuizAttempt> attempt(const std::string& attemptId) const;
    // Records (or replaces) the answer, touches the attempt and appends `statements`: one transaction.
    void recordAnswer(const std::string& attemptId, const std::string& questionId, const std::string& response,
                      bool correct, const std::vector<nlohmann::json>& statements);
    // Closes the attempt with its score and appends `statements`: one transaction.
    void submitAttempt(const std::string& attemptId, const content::Score& score,
                       const std::vector<nlohmann::json>& statements);
    std::vector<QuizAttempt> submittedAttempts(const std::string& nip, const std::string& courseIri) const;

    // Outbox, oldest first. A statement leaves only once markSent() records the server's confirmation.
    std::vector<OutboxItem> pendingStatements(std::size_t limit) const;
    void markSent(const std::vector<std::int64_t>& seqs);
    std::size_t pendingCount() const;

    // Kiosk settings (server URL, credential, language), as plain key/value text.
    std::optional<std::string> setting(const std::string& key) const;
    void setSetting(const std::string& key, const std::string& value);
    // Several settings at once, in one transaction (e.g. the whole server form).
    void setSettings(const std::map<std::string, std::string>& values);

private:
    explicit RecordsStore(sqlite3* db);
    sqlite3* db_;
};

} // namespace pelita::sync
