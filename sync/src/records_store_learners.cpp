// RecordsStore: learners, their PINs and the wrong-PIN lockout.
#include <pelita/sync/records_store.h>
#include <pelita/sync/clock.h>
#include <pelita/sync/pin.h>

#include "sqlite.h"

#include <sqlite3.h>

namespace pelita::sync {
namespace {

Learner readLearner(const sqlite::Statement& s) { return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)}; }

std::optional<StoreError> pinFormatError(const std::string& pin) {
    switch (checkPinFormat(pin)) {
    case PinProblem::None: return std::nullopt;
    case PinProblem::Length: return StoreError{"a PIN must be exactly " + std::to_string(kPinDigits) + " digits"};
    case PinProblem::NotDigits: return StoreError{"a PIN may only contain digits"};
    }
    return StoreError{"the PIN is not valid"};
}

} // namespace

Expected<Learner, StoreError> RecordsStore::enrol(const Learner& learner) {
    if (this->learner(learner.nip)) return unexpected(StoreError{"NIP " + learner.nip + " is already enrolled"});
    try {
        sqlite::Statement s(db_, "INSERT INTO learners (nip, name, unit, position, enrolled_at, opd) "
                                 "VALUES (?,?,?,?,?,?)");
        s.bind(1, learner.nip).bind(2, learner.name).bind(3, learner.unit).bind(4, learner.position).bind(5, nowMs());
        s.bind(6, learner.opd);
        s.run();
    } catch (const std::exception& e) {
        return unexpected(StoreError{e.what()});
    }
    return learner;
}

Expected<Learner, StoreError> RecordsStore::enrol(const Learner& learner, const std::string& pin) {
    if (auto bad = pinFormatError(pin)) return unexpected(*bad);
    if (this->learner(learner.nip)) return unexpected(StoreError{"NIP " + learner.nip + " is already enrolled"});
    try {
        const std::string hash = hashPin(pin); // slow: before the write lock, not inside it
        sqlite::Statement s(db_, "INSERT INTO learners (nip, name, unit, position, enrolled_at, pin_hash, opd) "
                                 "VALUES (?,?,?,?,?,?,?)");
        s.bind(1, learner.nip).bind(2, learner.name).bind(3, learner.unit).bind(4, learner.position);
        s.bind(5, nowMs()).bind(6, hash).bind(7, learner.opd);
        s.run();
    } catch (const std::exception& e) {
        return unexpected(StoreError{e.what()});
    }
    return learner;
}

std::vector<Learner> RecordsStore::learners() const {
    std::vector<Learner> out;
    sqlite::Statement s(db_, "SELECT nip, name, unit, position, opd FROM learners ORDER BY name");
    while (s.step()) out.push_back(readLearner(s));
    return out;
}

std::optional<Learner> RecordsStore::learner(const std::string& nip) const {
    sqlite::Statement s(db_, "SELECT nip, name, unit, position, opd FROM learners WHERE nip = ?");
    s.bind(1, nip);
    if (!s.step()) return std::nullopt;
    return readLearner(s);
}

bool RecordsStore::noteLearnerOpd(const std::string& nip, const std::string& opd) {
    if (opd.empty()) return false;
    sqlite::Statement s(db_, "UPDATE learners SET opd = ? WHERE nip = ? AND opd = ''");
    s.bind(1, opd).bind(2, nip);
    s.run();
    return sqlite3_changes(db_) > 0;
}

std::vector<LearnerPinState> RecordsStore::pinStates() const {
    std::vector<LearnerPinState> out;
    sqlite::Statement s(db_, "SELECT nip, pin_hash IS NOT NULL, failed_pins, coalesce(locked_until, 0) "
                             "FROM learners ORDER BY name");
    while (s.step()) out.push_back({s.text(0), s.int64(1) != 0, static_cast<int>(s.int64(2)), s.int64(3)});
    return out;
}

PinCheck RecordsStore::checkPin(const std::string& nip, const std::string& pin, std::int64_t now) {
    using Outcome = PinCheck::Outcome;
    std::string hash;
    {
        sqlite::Statement s(db_, "SELECT coalesce(pin_hash, ''), coalesce(locked_until, 0) FROM learners WHERE nip = ?");
        s.bind(1, nip);
        if (!s.step()) return {Outcome::UnknownLearner, 0, 0};
        if (s.int64(1) > now) return {Outcome::Locked, 0, s.int64(1)};
        hash = s.text(0);
    }
    if (hash.empty()) return {Outcome::NoPin, 0, 0};
    // Verifying is slow on purpose; do it outside the write lock so the sync actor is not held up.
    const bool right = verifyPin(hash, pin);

    sqlite::Transaction tx(db_);
    if (right) {
        sqlite::Statement s(db_, "UPDATE learners SET failed_pins = 0, locked_until = NULL WHERE nip = ?");
        s.bind(1, nip);
        s.run();
        tx.commit();
        return {Outcome::Ok, kPinTriesBeforeLockout, 0};
    }
    int wrong = 0;
    {
        sqlite::Statement s(db_, "SELECT failed_pins FROM learners WHERE nip = ?");
        s.bind(1, nip);
        if (s.step()) wrong = static_cast<int>(s.int64(0));
    }
    const PinCheck result = afterWrongPin(++wrong, now);
    sqlite::Statement s(db_, "UPDATE learners SET failed_pins = ?, locked_until = ? WHERE nip = ?");
    s.bind(1, std::int64_t{wrong});
    if (result.lockedUntilMs > 0)
        s.bind(2, result.lockedUntilMs);
    else
        s.bindNull(2);
    s.bind(3, nip);
    s.run();
    tx.commit();
    return result;
}

Expected<Learner, StoreError> RecordsStore::resetPin(const std::string& nip, const std::string& newPin) {
    if (auto bad = pinFormatError(newPin)) return unexpected(*bad);
    auto who = learner(nip);
    if (!who) return unexpected(StoreError{"no learner with NIP " + nip + " on this kiosk"});
    try {
        const std::string hash = hashPin(newPin);
        sqlite::Statement s(db_, "UPDATE learners SET pin_hash = ?, failed_pins = 0, locked_until = NULL WHERE nip = ?");
        s.bind(1, hash).bind(2, nip);
        s.run();
    } catch (const std::exception& e) {
        return unexpected(StoreError{e.what()});
    }
    return *who;
}

std::vector<Achievement> RecordsStore::quizzesPassed(const std::string& nip) const {
    std::vector<Achievement> out;
    sqlite::Statement s(db_, "SELECT course_iri, quiz_id, min(submitted_at) FROM quiz_attempts "
                             "WHERE nip = ? AND passed = 1 AND submitted_at IS NOT NULL "
                             "GROUP BY course_iri, quiz_id ORDER BY 3");
    s.bind(1, nip);
    while (s.step()) out.push_back({s.text(0), s.text(1), s.int64(2)});
    return out;
}

std::vector<Achievement> RecordsStore::lessonsCompleted(const std::string& nip) const {
    std::vector<Achievement> out;
    sqlite::Statement s(db_, "SELECT course_iri, lesson_id, completed_at FROM lesson_progress WHERE nip = ? "
                             "ORDER BY completed_at");
    s.bind(1, nip);
    while (s.step()) out.push_back({s.text(0), s.text(1), s.int64(2)});
    return out;
}

} // namespace pelita::sync
