// The course half of AggregateFold: one row per learner and course, worked out
// again from that pair's ledger rows whenever one of them is added or voided.
// A pair has tens of rows, so this stays cheap, and min/first/median-style
// facts come out right after voiding, which running counters could not do.
#include "aggregate_fold.h"

#include <algorithm>
#include <vector>

namespace pelita::server::analytics {

namespace {

struct Event {
    std::string object, verb, at;
    std::int64_t atMs = 0;
    std::optional<std::int64_t> scaled, jp;
    std::string certificate;
};

struct CourseLearner {
    std::int64_t statements = 0;
    const Event* first = nullptr;
    const Event* last = nullptr;
    const Event* completed = nullptr;
    const Event* passed = nullptr;
    std::optional<std::int64_t> best;
    std::int64_t attempts = 0, failed = 0, remedial = 0;
};

bool isJudged(const Event& e) { return e.verb == kPassedIri || e.verb == kFailedIri; }

CourseLearner summarise(const std::vector<Event>& events, const std::string& course) {
    CourseLearner r;
    r.statements = static_cast<std::int64_t>(events.size());
    r.first = &events.front();
    r.last = &events.back();
    bool assessmentJudged = false;
    for (const auto& e : events) {
        const bool onCourse = e.object == course;
        if (onCourse && !r.completed && (e.verb == kCompletedIri || e.verb == kPassedIri)) r.completed = &e;
        if (onCourse && !r.passed && e.verb == kPassedIri) r.passed = &e;
        if (isJudged(e) && e.scaled) r.best = std::max(r.best.value_or(e.scaled.value()), *e.scaled);
        assessmentJudged = assessmentJudged || (isJudged(e) && !onCourse);
    }
    // Attempts are the judged quizzes; a source that judges only the whole
    // course has its course judgements count instead.
    bool afterFailure = false;
    for (const auto& e : events) {
        if (!isJudged(e) || (assessmentJudged && e.object == course)) continue;
        ++r.attempts;
        if (afterFailure) ++r.remedial;
        if (e.verb == kFailedIri) ++r.failed, afterFailure = true;
    }
    return r;
}

int yearOf(const std::string& timestamp) {
    return timestamp.size() >= 4 ? std::stoi(timestamp.substr(0, 4)) : 0;
}

} // namespace

void AggregateFold::recomputeCourseLearner(const std::string& course, const std::string& learner) {
    std::vector<Event> events;
    auto& read = sql_("SELECT object, verb, at, at_ms, scaled, jp, certificate FROM analytics_events"
                      " WHERE course = ? AND learner = ? AND voided = 0 ORDER BY at_ms, statement_id");
    read.bind(1, course).bind(2, learner);
    while (read.step()) {
        Event e{read.columnText(0), read.columnText(1), read.columnText(2), read.columnInt(3), {}, {}, read.columnText(6)};
        if (!read.columnIsNull(4)) e.scaled = read.columnInt(4);
        if (!read.columnIsNull(5)) e.jp = read.columnInt(5);
        events.push_back(std::move(e));
    }
    if (events.empty()) {
        sql_("DELETE FROM analytics_course_learners WHERE course = ? AND learner = ?").bind(1, course).bind(2, learner).run();
        return;
    }
    const auto r = summarise(events, course);
    auto& upsert = sql_(
        "INSERT OR REPLACE INTO analytics_course_learners (course, learner, statements, first_at, last_at, first_ms,"
        " completed_at, completed_ms, passed_at, pass_year, pass_jp, certificate, best_scaled, attempts, failed,"
        " remedial) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    upsert.bind(1, course).bind(2, learner).bind(3, r.statements).bind(4, r.first->at).bind(5, r.last->at);
    upsert.bind(6, r.first->atMs);
    if (r.completed) upsert.bind(7, r.completed->at).bind(8, r.completed->atMs);
    else upsert.bindNull(7).bindNull(8);
    if (r.passed) {
        upsert.bind(9, r.passed->at).bind(10, std::int64_t{yearOf(r.passed->at)});
        if (r.passed->jp) upsert.bind(11, *r.passed->jp);
        else upsert.bindNull(11);
        upsert.bind(12, r.passed->certificate);
    } else {
        upsert.bindNull(9).bindNull(10).bindNull(11).bind(12, std::string_view());
    }
    if (r.best) upsert.bind(13, *r.best);
    else upsert.bindNull(13);
    upsert.bind(14, r.attempts).bind(15, r.failed).bind(16, r.remedial).run();
}

} // namespace pelita::server::analytics
