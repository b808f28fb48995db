#include "aggregate_fold.h"

#include <sqlite3.h>

#include "iso8601.h"

namespace pelita::server::analytics {

namespace {

void bindOptional(Statement& s, int index, const std::optional<std::int64_t>& value) {
    if (value) s.bind(index, *value);
    else s.bindNull(index);
}

} // namespace

void AggregateFold::countStoredDay(const nlohmann::json& statement) {
    const auto stored = statement.find("stored");
    if (stored == statement.end() || !stored->is_string() || stored->get_ref<const std::string&>().size() < 10) return;
    // `stored` is the LRS's own UTC time (utcIso8601), so its first ten
    // characters are the UTC day it arrived.
    auto& count = sql_("INSERT INTO analytics_stored_days (day, statements) VALUES (?, 1)"
                       " ON CONFLICT (day) DO UPDATE SET statements = statements + 1");
    count.bind(1, stored->get_ref<const std::string&>().substr(0, 10)).run();
}

bool AggregateFold::known(const std::string& id) {
    auto& find = sql_("SELECT 1 FROM analytics_events WHERE statement_id = ?");
    find.bind(1, id);
    return find.step();
}

bool AggregateFold::add(const nlohmann::json& statement) {
    const auto f = factsOf(statement);
    if (f.id.empty() || known(f.id)) return false;
    countStoredDay(statement);
    if (!f.voidsId.empty()) {
        auto& ledger = sql_("INSERT INTO analytics_events (statement_id, verb, at) VALUES (?, ?, ?)");
        ledger.bind(1, f.id).bind(2, f.verb).bind(3, f.timestamp).run();
        if (known(f.voidsId)) {
            takeBack(f.voidsId);
        } else {
            // The target has not arrived yet: remember, so it is never added.
            auto& pending = sql_("INSERT OR IGNORE INTO analytics_pending_voids (statement_id) VALUES (?)");
            pending.bind(1, f.voidsId).run();
        }
        return true;
    }
    auto& pending = sql_("DELETE FROM analytics_pending_voids WHERE statement_id = ?");
    pending.bind(1, f.id).run();
    if (sqlite3_changes(sql_.db().handle()) > 0) {
        auto& ledger = sql_("INSERT INTO analytics_events (statement_id, voided) VALUES (?, 1)");
        ledger.bind(1, f.id).run();
        return true;
    }
    addFacts(f);
    return true;
}

void AggregateFold::addFacts(const StatementFacts& f) {
    auto& ledger = sql_(
        "INSERT INTO analytics_events (statement_id, learner, course, object, verb, at, at_ms, scaled, jp, certificate)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ledger.bind(1, f.id).bind(2, f.learner).bind(3, f.course).bind(4, f.object).bind(5, f.verb).bind(6, f.timestamp);
    ledger.bind(7, parseIso8601Millis(f.timestamp).value_or(0));
    bindOptional(ledger, 8, f.scaledMicro);
    bindOptional(ledger, 9, f.jpMilli);
    ledger.bind(10, f.certificate).run();
    noteNames(f);
    if (f.learner.empty()) return;
    if (f.answer) addAnswer(f);
    if (!f.course.empty()) touchedCourseLearners_.emplace(f.course, f.learner);
}

void AggregateFold::takeBack(const std::string& id) {
    auto& find = sql_("SELECT course, learner FROM analytics_events WHERE statement_id = ? AND voided = 0");
    find.bind(1, id);
    if (!find.step()) return; // voided already, or itself a voiding statement
    const auto course = find.columnText(0);
    const auto learner = find.columnText(1);
    auto& mark = sql_("UPDATE analytics_events SET voided = 1 WHERE statement_id = ?");
    mark.bind(1, id).run();
    takeBackAnswer(id);
    if (!course.empty() && !learner.empty()) touchedCourseLearners_.emplace(course, learner);
}

// Titles, likert scales and learner names: the newest statement's wins. They
// label figures and are not taken back by voiding.
void AggregateFold::noteNames(const StatementFacts& f) {
    for (const auto& [id, definition] : f.definitions) {
        auto text = definition.dump();
        auto& written = labelsWritten_["a" + id];
        if (written == text) continue;
        written = text;
        auto& upsert = sql_("INSERT INTO analytics_activities (id, definition_json) VALUES (?, ?)"
                            " ON CONFLICT (id) DO UPDATE SET definition_json = excluded.definition_json");
        upsert.bind(1, id).bind(2, written).run();
    }
    if (!f.learner.empty() && !f.learnerName.empty() && labelsWritten_["l" + f.learner] != f.learnerName) {
        labelsWritten_["l" + f.learner] = f.learnerName;
        auto& upsert = sql_("INSERT INTO analytics_learners (learner, name) VALUES (?, ?)"
                            " ON CONFLICT (learner) DO UPDATE SET name = excluded.name");
        upsert.bind(1, f.learner).bind(2, f.learnerName).run();
    }
    if (f.quizModule) {
        auto& upsert = sql_("INSERT INTO analytics_topics (activity, module) VALUES (?, ?)"
                            " ON CONFLICT (activity) DO UPDATE SET module = excluded.module");
        upsert.bind(1, f.quizModule->first).bind(2, f.quizModule->second).run();
    }
}

void AggregateFold::finish() {
    for (const auto& registration : touchedAttempts_) retotalAttempt(registration);
    for (const auto& [course, learner] : touchedCourseLearners_) recomputeCourseLearner(course, learner);
    touchedAttempts_.clear();
    touchedCourseLearners_.clear();
}

} // namespace pelita::server::analytics
