#include "group_sums.h"

#include <string>

namespace pelita::server::analytics {

const char* const kCountGroupTopicSql =
    "INSERT INTO analytics_group_topics (kind, grp, activity, course, answered, correct)"
    " SELECT kind, grp, ?2, ?3, ?4, ?5 FROM ("
    " SELECT 'opd' AS kind, coalesce((SELECT opd FROM pelita_roster WHERE nip = ?1), '') AS grp"
    " UNION ALL SELECT 'position', coalesce((SELECT position FROM pelita_roster WHERE nip = ?1), ''))"
    " WHERE true ON CONFLICT (kind, grp, activity) DO UPDATE SET"
    " answered = answered + excluded.answered, correct = correct + excluded.correct";

namespace {

// Adds (sign "") or takes back (sign "-") the learner `nip`'s topics under
// group `grp` of `kind`; all three are SQL expressions (NEW.opd, '', ...).
std::string shift(const std::string& nip, const char* kind, const std::string& grp, const char* sign) {
    return std::string("INSERT INTO analytics_group_topics (kind, grp, activity, course, answered, correct)") +
           " SELECT '" + kind + "', " + grp + ", activity, course, " + sign + "answered, " + sign + "correct" +
           " FROM analytics_learner_topics WHERE learner = " + nip +
           " ON CONFLICT (kind, grp, activity) DO UPDATE SET"
           " answered = answered + excluded.answered, correct = correct + excluded.correct;\n";
}

// Moves the learner's topics from one OPD and position to another.
std::string move(const std::string& nip, const std::string& fromOpd, const std::string& fromPosition,
                 const std::string& toOpd, const std::string& toPosition) {
    return shift(nip, "opd", fromOpd, "-") + shift(nip, "opd", toOpd, "") + shift(nip, "position", fromPosition, "-") +
           shift(nip, "position", toPosition, "");
}

} // namespace

void keepGroupSums(Db& db) {
    db.exec("CREATE TRIGGER IF NOT EXISTS analytics_roster_joined AFTER INSERT ON pelita_roster BEGIN\n" +
            move("NEW.nip", "''", "''", "NEW.opd", "NEW.position") + "END");
    db.exec("CREATE TRIGGER IF NOT EXISTS analytics_roster_left AFTER DELETE ON pelita_roster BEGIN\n" +
            move("OLD.nip", "OLD.opd", "OLD.position", "''", "''") + "END");
    db.exec("CREATE TRIGGER IF NOT EXISTS analytics_roster_moved AFTER UPDATE OF nip, opd, position ON pelita_roster"
            " WHEN OLD.nip IS NOT NEW.nip OR OLD.opd IS NOT NEW.opd OR OLD.position IS NOT NEW.position BEGIN\n" +
            move("OLD.nip", "OLD.opd", "OLD.position", "''", "''") +
            move("NEW.nip", "''", "''", "NEW.opd", "NEW.position") + "END");
}

void refillGroupSums(Db& db) {
    db.exec("DELETE FROM analytics_group_topics");
    for (const auto& [kind, column] : {std::pair{"opd", "r.opd"}, std::pair{"position", "r.position"}})
        db.exec(std::string("INSERT INTO analytics_group_topics (kind, grp, activity, course, answered, correct)") +
                " SELECT '" + kind + "', coalesce(" + column + ", ''), lt.activity, min(lt.course)," +
                " sum(lt.answered), sum(lt.correct) FROM analytics_learner_topics lt" +
                " LEFT JOIN pelita_roster r ON r.nip = lt.learner GROUP BY 2, 3");
}

} // namespace pelita::server::analytics
