// The answer half of AggregateFold: per-question counts, wrong responses,
// mastery per learner and topic, likert tallies, comments, and the attempt
// totals behind the point-biserial sums.
#include "aggregate_fold.h"
#include "group_sums.h"

#include <vector>

namespace pelita::server::analytics {

namespace {

// Adds (sign +1) or takes back (-1) one answer's share of its question's
// point-biserial sums, given the attempt total `total` (millionths).
void applyTotal(StatementCache& sql, const std::string& question, bool correct, std::int64_t total, int sign) {
    auto& update = sql("UPDATE analytics_items SET n = n + ?1, n_correct = n_correct + ?2,"
                       " s_total = s_total + ?3, ss_total = ss_total + ?4, s_correct = s_correct + ?5"
                       " WHERE question = ?6");
    const std::int64_t c = correct ? 1 : 0;
    update.bind(1, std::int64_t{sign}).bind(2, sign * c).bind(3, sign * total).bind(4, sign * total * total);
    update.bind(5, sign * c * total).bind(6, question).run();
}

} // namespace

void AggregateFold::addAnswer(const StatementFacts& f) {
    const auto& a = *f.answer;
    const auto registration = a.scored ? f.registration : std::string();
    auto& insert = sql_("INSERT INTO analytics_answers (statement_id, learner, course, quiz, question, registration,"
                        " interaction, response, scored, correct, credit, likert) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, f.id).bind(2, f.learner).bind(3, f.course).bind(4, a.quiz).bind(5, a.question);
    insert.bind(6, registration).bind(7, a.interactionType).bind(8, a.response).bind(9, std::int64_t{a.scored});
    insert.bind(10, std::int64_t{a.correct}).bind(11, a.creditMicro);
    if (a.likertPosition) insert.bind(12, std::int64_t{*a.likertPosition});
    else insert.bindNull(12);
    insert.run();
    countAnswer(f.learner, f.course, a, +1);
    if (a.freeText) {
        auto& comment = sql_("INSERT INTO analytics_comments (statement_id, course, quiz, question, at, text)"
                             " VALUES (?, ?, ?, ?, ?, ?)");
        comment.bind(1, f.id).bind(2, f.course).bind(3, a.quiz).bind(4, a.question).bind(5, f.timestamp);
        comment.bind(6, a.response).run();
    }
    if (registration.empty()) return;
    auto& attempt = sql_("INSERT INTO analytics_attempts (registration, answered, credit) VALUES (?, 1, ?)"
                         " ON CONFLICT (registration) DO UPDATE SET answered = answered + 1,"
                         " credit = credit + excluded.credit");
    attempt.bind(1, registration).bind(2, a.creditMicro).run();
    touchedAttempts_.insert(registration);
}

void AggregateFold::countAnswer(const std::string& learner, const std::string& course, const AnswerFact& a, int sign) {
    const std::int64_t s = sign;
    const std::int64_t c = a.correct ? 1 : 0;
    if (a.scored) {
        auto& item = sql_("INSERT INTO analytics_items (question, quiz, course, answers, correct) VALUES (?1, ?2, ?3, ?4, ?5)"
                          " ON CONFLICT (question) DO UPDATE SET answers = answers + ?4, correct = correct + ?5");
        item.bind(1, a.question).bind(2, a.quiz).bind(3, course).bind(4, s).bind(5, s * c).run();
        auto& response = sql_("INSERT INTO analytics_item_responses (question, response, answers, wrong)"
                              " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (question, response) DO UPDATE SET"
                              " answers = answers + ?3, wrong = wrong + ?4");
        response.bind(1, a.question).bind(2, a.response).bind(3, s).bind(4, s * (1 - c)).run();
        // Without a quiz the course itself is the topic.
        auto& topic = sql_("INSERT INTO analytics_learner_topics (learner, activity, course, answered, correct)"
                           " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (learner, activity) DO UPDATE SET"
                           " answered = answered + ?4, correct = correct + ?5");
        const auto& activity = a.quiz.empty() ? course : a.quiz;
        topic.bind(1, learner).bind(2, activity).bind(3, course).bind(4, s).bind(5, s * c).run();
        sql_(kCountGroupTopicSql).bind(1, learner).bind(2, activity).bind(3, course).bind(4, s).bind(5, s * c).run();
    }
    if (a.interactionType == "likert" && !a.response.empty()) {
        auto& likert = sql_("INSERT INTO analytics_likert (course, quiz, question, response, position, answers)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (course, question, response)"
                            " DO UPDATE SET answers = answers + ?6");
        likert.bind(1, course).bind(2, a.quiz).bind(3, a.question).bind(4, a.response);
        if (a.likertPosition) likert.bind(5, std::int64_t{*a.likertPosition});
        else likert.bindNull(5);
        likert.bind(6, s).run();
    }
}

void AggregateFold::takeBackAnswer(const std::string& id) {
    auto& find = sql_("SELECT learner, course, quiz, question, registration, response, scored, correct, credit,"
                      " likert, total_used, interaction FROM analytics_answers WHERE statement_id = ?");
    find.bind(1, id);
    if (!find.step()) return;
    AnswerFact a;
    const auto learner = find.columnText(0);
    const auto course = find.columnText(1);
    a.quiz = find.columnText(2);
    a.question = find.columnText(3);
    const auto registration = find.columnText(4);
    a.response = find.columnText(5);
    a.scored = find.columnInt(6) != 0;
    a.correct = find.columnInt(7) != 0;
    a.creditMicro = find.columnInt(8);
    if (!find.columnIsNull(9)) a.likertPosition = static_cast<int>(find.columnInt(9));
    a.interactionType = find.columnText(11);
    const auto totalUsed = find.columnIsNull(10) ? std::optional<std::int64_t>() : find.columnInt(10);
    countAnswer(learner, course, a, -1);
    if (totalUsed) applyTotal(sql_, a.question, a.correct, *totalUsed, -1);
    sql_("DELETE FROM analytics_answers WHERE statement_id = ?").bind(1, id).run();
    sql_("DELETE FROM analytics_comments WHERE statement_id = ?").bind(1, id).run();
    if (registration.empty()) return;
    auto& attempt = sql_("UPDATE analytics_attempts SET answered = answered - 1, credit = credit - ?"
                         " WHERE registration = ?");
    attempt.bind(1, a.creditMicro).bind(2, registration).run();
    touchedAttempts_.insert(registration);
}

// The attempt's total (its mean credit) changed: move each of its answers'
// contribution to the point-biserial sums from the old total to the new.
void AggregateFold::retotalAttempt(const std::string& registration) {
    auto& attempt = sql_("SELECT answered, credit FROM analytics_attempts WHERE registration = ?");
    attempt.bind(1, registration);
    std::optional<std::int64_t> total;
    if (attempt.step() && attempt.columnInt(0) > 0) total = attempt.columnInt(1) / attempt.columnInt(0);
    struct Row {
        std::string id, question;
        bool correct;
        std::optional<std::int64_t> used;
    };
    std::vector<Row> rows;
    auto& answers = sql_("SELECT statement_id, question, correct, total_used FROM analytics_answers"
                         " WHERE registration = ?");
    answers.bind(1, registration);
    while (answers.step())
        rows.push_back({answers.columnText(0), answers.columnText(1), answers.columnInt(2) != 0,
                        answers.columnIsNull(3) ? std::nullopt : std::optional<std::int64_t>(answers.columnInt(3))});
    for (const auto& row : rows) {
        if (row.used == total) continue;
        if (row.used) applyTotal(sql_, row.question, row.correct, *row.used, -1);
        if (total) applyTotal(sql_, row.question, row.correct, *total, +1);
        auto& mark = sql_("UPDATE analytics_answers SET total_used = ? WHERE statement_id = ?");
        if (total) mark.bind(1, *total);
        else mark.bindNull(1);
        mark.bind(2, row.id).run();
    }
    if (!total) sql_("DELETE FROM analytics_attempts WHERE registration = ?").bind(1, registration).run();
}

} // namespace pelita::server::analytics
