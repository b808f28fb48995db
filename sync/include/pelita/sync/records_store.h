#pragma once
// The kiosk's records store: one SQLite database, <data>/records.db, in WAL mode
// with synchronous=FULL. Once a write method returns, a power cut cannot undo it.
//
// Threads: one RecordsStore per thread. Each instance owns its own connection;
// several instances (the UI's records worker, the sync actor) may share one file.
#include <pelita/content/expected.h>
#include <pelita/content/scoring.h>
#include <pelita/sync/pin.h>

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
    // Since records.db v4: the OPD as the server's roster names it (the unit may be
    // a part of it, e.g. Bagian Umum of Sekretariat Daerah). Empty for a learner who
    // enrolled on the kiosk, whose unit stands in (learnerOpd, mandatory_courses.h).
    std::string opd{};
};

// A mandatory (Wajib) course as the server assigned it (GET /pelita/v1/assignments,
// assignments_pull.h). Empty `opd` means every OPD; empty `position`, every position.
struct Assignment {
    std::int64_t id = 0;      // the server's
    std::string courseIri;
    std::map<std::string, std::string> title; // language tag -> title; may be empty
    std::string opd;
    std::string position;
    std::string due;          // YYYY-MM-DD
};

// Whether a learner can sign in, for the trainer's list. Never holds the PIN or its hash.
struct LearnerPinState {
    std::string nip;
    bool hasPin = false;
    int wrongPins = 0;              // in a row since the last right PIN
    std::int64_t lockedUntilMs = 0; // 0 = not locked
};

// A quiz passed or a lesson read, and when (Unix ms).
struct Achievement {
    std::string courseIri;
    std::string itemId;   // quiz or lesson id
    std::int64_t atMs = 0;
};

// Where a learner stopped reading a lesson. `position` is the index of the block at
// the top of the screen plus how far into it (0 <= fraction < 1), so it means the
// same place at any text size.
struct ReadingPlace {
    std::string lessonId;
    double position = 0;
    std::int64_t atMs = 0;    // when it was saved (Unix ms)
};

struct QuizAttempt {
    std::string id;           // UUID, also the xAPI context.registration
    std::string nip;
    std::string courseIri;
    std::string quizId;
    std::int64_t startedAtMs = 0;
    std::map<std::string, std::string> responses; // question id -> response (content/quiz_response.h)
    std::optional<content::Score> score;          // set once submitted
    // Since records.db v2. The seed that drew and shuffled this attempt's questions
    // (content::drawAttempt); attemptSeed(id) for attempts started before v2.
    std::uint64_t seed = 0;
    std::int64_t elapsedMs = 0;       // time on screen so far, as last saved (time limits count this)
    std::size_t currentQuestion = 0;  // index in the draw of the question on screen when last saved
    std::string courseVersion;        // the course version the attempt started under; "" before v2
    std::int64_t submittedAtMs = 0;   // when submitted (score set); 0 while open
    // Since v5: the credential key of the kiosk where it was taken, for an attempt
    // taken in from the resume state (no responses here); "" for this kiosk's own.
    std::string takenFrom;
};

// Where a learner is in an open attempt, saved with each answer and every few seconds.
struct AttemptProgress {
    std::int64_t elapsedMs = 0;
    std::size_t currentQuestion = 0;
};

struct OutboxItem {
    std::int64_t seq = 0;     // append order
    std::string statementId;  // UUID made on the kiosk
    std::string body;         // the statement's JSON
};

// A statement the server refused for good (invalid, or its id taken by another
// statement): out of the outbox so the rest keep flowing, kept for the trainer.
struct QuarantinedStatement {
    std::string statementId;
    std::string body;              // the statement's JSON, as queued
    std::string reason;            // the server's words
    int httpStatus = 0;            // 400 invalid, 409 id conflict
    std::int64_t createdAtMs = 0;  // when the learner's action queued it
    std::int64_t quarantinedAtMs = 0;
};

// The outbox at a glance, read without the network (pelita sync --status).
struct OutboxCounts {
    std::size_t pending = 0;       // waiting to be sent (including carried)
    std::size_t carried = 0;       // pending and also exported to a USB bundle
    std::size_t sent = 0;          // confirmed by the server, kept as the local record
    std::size_t quarantined = 0;
};

// A certificate issued on the kiosk for a course passed (client/certificate/ issues
// it). The learner's and course's facts are kept as printed on the paper.
struct Certificate {
    std::string id;               // the certificate number, e.g. PLT-2026-7F3KQ-9XM2A
    std::string nip;
    std::string learnerName;
    std::string learnerUnit;      // OPD / unit kerja at issue; may be empty
    std::string courseIri;
    std::string courseVersion;
    std::string courseTitle;      // in the course's own language
    double jpHours = 0;
    std::optional<double> scaledScore;  // none for a course passed by reading alone
    std::int64_t startedAtMs = 0; // the learner's first step in the course
    std::int64_t issuedAtMs = 0;  // when the course was passed
    std::string statementId;      // the course's "passed" statement that announces it
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

    static constexpr int kSchemaVersion = 5;
    int schemaVersion() const;

    // Learners (records_store_learners.cpp). enrol() fails with a message when the
    // NIP is already enrolled; without a PIN the learner cannot sign in until a
    // trainer sets one (resetPin), as for learners from the server's roster.
    Expected<Learner, StoreError> enrol(const Learner& learner);
    // Same, with the learner's PIN (pin.h: kPinDigits digits), stored only as an
    // Argon2id hash. Slow by design, as are checkPin and resetPin: worker thread only.
    Expected<Learner, StoreError> enrol(const Learner& learner, const std::string& pin);
    std::vector<Learner> learners() const;
    std::optional<Learner> learner(const std::string& nip) const;
    // Checks a PIN at time `now` (Unix ms) and applies the lockout rule of pin.h:
    // a wrong PIN counts, a right one clears the count, a locked learner is not checked.
    PinCheck checkPin(const std::string& nip, const std::string& pin, std::int64_t now);
    // A trainer's reset: the new PIN replaces the old one and any lockout ends.
    Expected<Learner, StoreError> resetPin(const std::string& nip, const std::string& newPin);
    // Notes the roster's OPD for a learner the kiosk knows no OPD of; a learner's
    // OPD once known is never changed here. False when nothing changed.
    bool noteLearnerOpd(const std::string& nip, const std::string& opd);
    // Every learner's PIN state, in the order of learners(), for the trainer's list.
    std::vector<LearnerPinState> pinStates() const;
    // What the learner has achieved, for JP (jp.h): each quiz's first passing
    // submit, and each lesson's completion, across all courses.
    std::vector<Achievement> quizzesPassed(const std::string& nip) const;
    std::vector<Achievement> lessonsCompleted(const std::string& nip) const;

    // Course progress: lessons completed, reading position. `statements` are appended
    // to the outbox in the same transaction.
    void completeLesson(const std::string& nip, const std::string& courseIri, const std::string& lessonId,
                        const std::vector<nlohmann::json>& statements);
    std::vector<std::string> completedLessons(const std::string& nip, const std::string& courseIri) const;
    // Reading positions (records_store_reading.cpp): one per learner and lesson, the
    // newest save wins. A negative or non-finite position is stored as 0 (the top).
    void saveReadingPosition(const std::string& nip, const std::string& courseIri, const std::string& lessonId,
                             double position, std::int64_t atMs);
    std::optional<double> readingPosition(const std::string& nip, const std::string& courseIri,
                                          const std::string& lessonId) const;
    // The lesson of this course the learner read most recently, and where: "Lanjutkan".
    std::optional<ReadingPlace> lastReading(const std::string& nip, const std::string& courseIri) const;
    // Resume state shared between kiosks (records_store_resume.cpp, resume_state.h).
    // Every lesson's reading place in this course, by lesson id.
    std::vector<ReadingPlace> readingPlaces(const std::string& nip, const std::string& courseIri) const;
    // Progress another kiosk recorded, taken in without statements (that kiosk sent
    // them): completions keep the earliest time, a reading place replaces only an
    // older one. One transaction; true when anything changed.
    bool takeInProgress(const std::string& nip, const std::string& courseIri,
                        const std::map<std::string, std::int64_t>& completedLessons,
                        const std::vector<ReadingPlace>& places);
    // (NIP, course IRI) of every learner and course with a lesson completed, a
    // reading place saved, or a quiz attempt started, answered or submitted after
    // `sinceMs`: whose resume state to send.
    std::vector<std::pair<std::string, std::string>> progressChangedSince(std::int64_t sinceMs) const;

    // Quiz attempts.
    QuizAttempt startAttempt(const std::string& nip, const std::string& courseIri, const std::string& quizId,
                             const std::vector<nlohmann::json>& statements);
    // Same, with an id the caller made (so its statements can carry it as registration).
    // Both store seed = content::attemptSeed(attemptId) explicitly, and the course version.
    QuizAttempt startAttempt(const std::string& attemptId, const std::string& nip, const std::string& courseIri,
                             const std::string& quizId, const std::vector<nlohmann::json>& statements,
                             const std::string& courseVersion = {});
    // The learner's unsubmitted attempt at this quiz, if one exists (resume after a crash).
    // (course IRI, version) of every unsubmitted attempt: the course versions the
    // kiosk must keep after an upgrade.
    std::vector<std::pair<std::string, std::string>> openAttemptVersions() const;
    std::optional<QuizAttempt> openAttempt(const std::string& nip, const std::string& courseIri,
                                           const std::string& quizId) const;
    std::optional<QuizAttempt> attempt(const std::string& attemptId) const;
    // The learner's unsubmitted attempts in this course, oldest first.
    std::vector<QuizAttempt> openAttempts(const std::string& nip, const std::string& courseIri) const;
    // Records (or replaces) the answer, touches the attempt and appends `statements`: one transaction.
    void recordAnswer(const std::string& attemptId, const std::string& questionId, const std::string& response,
                      bool correct, const std::vector<nlohmann::json>& statements);
    // Same, also saving `progress` (elapsed time never goes down). `response` is in
    // content/quiz_response.h's form, kept as that text; "" is an answer taken back.
    void recordAnswer(const std::string& attemptId, const std::string& questionId, const std::string& response,
                      bool correct, const AttemptProgress& progress, const std::vector<nlohmann::json>& statements);
    // The periodic "touch": saves elapsed time and the question on screen of an open
    // attempt. Elapsed time never goes down. False when the attempt is submitted or unknown.
    bool saveProgress(const std::string& attemptId, const AttemptProgress& progress);
    // Closes the attempt with its score and appends `statements`: one transaction.
    void submitAttempt(const std::string& attemptId, const content::Score& score,
                       const std::vector<nlohmann::json>& statements);
    std::vector<QuizAttempt> submittedAttempts(const std::string& nip, const std::string& courseIri) const;
    // Submitted attempts another kiosk recorded (resume state), taken in without
    // answers or statements (that kiosk sent them), each marked with its kiosk.
    // An attempt id already here is left as it is. True when any was added.
    bool takeInAttempts(const std::string& nip, const std::string& courseIri, const std::vector<QuizAttempt>& attempts);
    // Whether the passing submit at `passedAtMs` that completed the course was made
    // on another kiosk: that kiosk issued the certificate, so this one does not.
    bool passDecidedElsewhere(const std::string& nip, const std::string& courseIri, std::int64_t passedAtMs) const;

    // Outbox, oldest first. A statement leaves only once markSent() records the server's confirmation.
    std::vector<OutboxItem> pendingStatements(std::size_t limit) const;
    void markSent(const std::vector<std::int64_t>& seqs);
    std::size_t pendingCount() const;
    // When the oldest statement still waiting was queued (ms); nothing when none waits.
    std::optional<std::int64_t> oldestPendingMs() const;
    OutboxCounts outboxCounts() const;
    // Notes that these pending statements went onto a USB records bundle
    // (records_bundle.h). They stay pending until a receipt or a sync confirms them.
    void markCarried(const std::vector<std::int64_t>& seqs, std::int64_t nowMs);

    // Quarantine (records_store_outbox.cpp). quarantine() moves the pending statement
    // `seq` out of the outbox with the server's reason, in one transaction; an unknown
    // or already sent seq throws. quarantined() lists them oldest first.
    void quarantine(std::int64_t seq, const std::string& reason, int httpStatus);
    std::vector<QuarantinedStatement> quarantined() const;
    std::size_t quarantineCount() const;
    // Puts every quarantined statement back at the end of the outbox (once the server
    // was fixed or the trainer wants another try); returns how many. One transaction.
    std::size_t releaseQuarantine();

    // Certificates (records_store_certificates.cpp). issueCertificate() stores it and
    // appends `statements` (its "passed" statement) in one transaction; it throws when
    // the number is taken or the learner already holds one for the course.
    void issueCertificate(const Certificate& certificate, const std::vector<nlohmann::json>& statements);
    std::optional<Certificate> certificateFor(const std::string& nip, const std::string& courseIri) const;
    std::optional<Certificate> certificate(const std::string& id) const;
    // The learner's certificates, oldest first.
    std::vector<Certificate> certificates(const std::string& nip) const;

    // Mandatory courses (records_store_assignments.cpp), the kiosk's whole set as the
    // server last sent it. replaceAssignments() swaps the set in one transaction and
    // says whether it differs from the one it replaced. assignments() by due date.
    bool replaceAssignments(const std::vector<Assignment>& assignments);
    std::vector<Assignment> assignments() const;

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
