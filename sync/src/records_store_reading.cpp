// RecordsStore: where each learner stopped reading each lesson ("Lanjutkan").
#include <pelita/sync/records_store.h>

#include "sqlite.h"

#include <sqlite3.h>

#include <cmath>

namespace pelita::sync {

void RecordsStore::saveReadingPosition(const std::string& nip, const std::string& courseIri,
                                       const std::string& lessonId, double position, std::int64_t atMs) {
    // A NaN or a negative position would restore nowhere sensible: the top it is.
    if (!std::isfinite(position) || position < 0) position = 0;
    sqlite::Statement s(db_, "INSERT INTO reading_positions (nip, course_iri, lesson_id, position, updated_at) "
                             "VALUES (?,?,?,?,?) ON CONFLICT (nip, course_iri, lesson_id) DO UPDATE SET "
                             "position = excluded.position, updated_at = excluded.updated_at");
    s.bind(1, nip).bind(2, courseIri).bind(3, lessonId).bind(4, position).bind(5, atMs);
    s.run(); // one statement: SQLite makes it its own transaction
}

std::optional<double> RecordsStore::readingPosition(const std::string& nip, const std::string& courseIri,
                                                    const std::string& lessonId) const {
    sqlite::Statement s(db_, "SELECT position FROM reading_positions WHERE nip = ? AND course_iri = ? AND lesson_id = ?");
    s.bind(1, nip).bind(2, courseIri).bind(3, lessonId);
    if (!s.step()) return std::nullopt;
    return s.real(0);
}

std::optional<ReadingPlace> RecordsStore::lastReading(const std::string& nip, const std::string& courseIri) const {
    sqlite::Statement s(db_, "SELECT lesson_id, position, updated_at FROM reading_positions "
                             "WHERE nip = ? AND course_iri = ? ORDER BY updated_at DESC LIMIT 1");
    s.bind(1, nip).bind(2, courseIri);
    if (!s.step()) return std::nullopt;
    return ReadingPlace{s.text(0), s.real(1), s.int64(2)};
}

} // namespace pelita::sync
