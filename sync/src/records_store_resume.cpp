// RecordsStore: the learner's place as kiosks share it (resume_state.h): reading
// places of a course, progress taken in from another kiosk, and who changed what.
#include <pelita/sync/records_store.h>

#include "sqlite.h"

#include <sqlite3.h>

namespace pelita::sync {

std::vector<ReadingPlace> RecordsStore::readingPlaces(const std::string& nip, const std::string& courseIri) const {
    sqlite::Statement s(db_, "SELECT lesson_id, position, updated_at FROM reading_positions "
                             "WHERE nip = ? AND course_iri = ? ORDER BY lesson_id");
    s.bind(1, nip).bind(2, courseIri);
    std::vector<ReadingPlace> out;
    while (s.step()) out.push_back(ReadingPlace{s.text(0), s.real(1), s.int64(2)});
    return out;
}

bool RecordsStore::takeInProgress(const std::string& nip, const std::string& courseIri,
                                  const std::map<std::string, std::int64_t>& completedLessons,
                                  const std::vector<ReadingPlace>& places) {
    sqlite::Transaction tx(db_);
    int changed = 0;
    // The WHERE clauses make each upsert a no-op unless it moves progress forward,
    // so a repeated or stale merge changes nothing.
    sqlite::Statement done(db_, "INSERT INTO lesson_progress (nip, course_iri, lesson_id, completed_at) "
                                "VALUES (?,?,?,?) ON CONFLICT (nip, course_iri, lesson_id) DO UPDATE SET "
                                "completed_at = excluded.completed_at WHERE excluded.completed_at < completed_at");
    for (const auto& [lesson, at] : completedLessons) {
        done.bind(1, nip).bind(2, courseIri).bind(3, lesson).bind(4, at);
        done.run();
        changed += sqlite3_changes(db_);
        done.reset();
    }
    sqlite::Statement place(db_, "INSERT INTO reading_positions (nip, course_iri, lesson_id, position, updated_at) "
                                 "VALUES (?,?,?,?,?) ON CONFLICT (nip, course_iri, lesson_id) DO UPDATE SET "
                                 "position = excluded.position, updated_at = excluded.updated_at "
                                 "WHERE excluded.updated_at > updated_at OR "
                                 "(excluded.updated_at = updated_at AND excluded.position > position)");
    for (const auto& p : places) {
        place.bind(1, nip).bind(2, courseIri).bind(3, p.lessonId).bind(4, p.position).bind(5, p.atMs);
        place.run();
        changed += sqlite3_changes(db_);
        place.reset();
    }
    tx.commit();
    return changed > 0;
}

std::vector<std::pair<std::string, std::string>> RecordsStore::progressChangedSince(std::int64_t sinceMs) const {
    sqlite::Statement s(db_, "SELECT nip, course_iri FROM lesson_progress WHERE completed_at > ?1 "
                             "UNION SELECT nip, course_iri FROM reading_positions WHERE updated_at > ?1 "
                             "UNION SELECT nip, course_iri FROM quiz_attempts "
                             "WHERE updated_at > ?1 OR submitted_at > ?1 ORDER BY 1, 2");
    s.bind(1, sinceMs);
    std::vector<std::pair<std::string, std::string>> out;
    while (s.step()) out.emplace_back(s.text(0), s.text(1));
    return out;
}

} // namespace pelita::sync
