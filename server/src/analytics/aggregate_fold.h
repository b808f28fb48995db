#pragma once
// AggregateFold: folds stored statements into the analytics_* tables, inside
// the caller's transaction. Used by the live feed and by `analytics rebuild`
// alike, so both give the same tables.
//   - A statement id already in the ledger is skipped (retries, replays).
//   - A voiding statement takes back everything its target added; a target
//     that arrives after its voiding statement is never added.
// Call add() for each statement in stored order, then finish() once, before
// the commit: it re-totals the attempts and learner-course rows touched.
// Thread notes: one thread, the one that owns the Db.
#include <map>
#include <set>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "statement_cache.h"
#include "statement_facts.h"

namespace pelita::server::analytics {

class AggregateFold {
public:
    explicit AggregateFold(StatementCache& sql) : sql_(sql) {}

    // Returns false when the statement was folded before (nothing changed).
    bool add(const nlohmann::json& statement);
    void finish();

private:
    bool known(const std::string& id);
    // Statements received per UTC day (the Overview's chart), voided or not.
    void countStoredDay(const nlohmann::json& statement);
    void addFacts(const StatementFacts& f);
    void takeBack(const std::string& id);
    void noteNames(const StatementFacts& f);
    // fold_answers.cpp
    void addAnswer(const StatementFacts& f);
    void takeBackAnswer(const std::string& id);
    void countAnswer(const std::string& learner, const std::string& course, const AnswerFact& a, int sign);
    void retotalAttempt(const std::string& registration);
    // fold_courses.cpp
    void recomputeCourseLearner(const std::string& course, const std::string& learner);

    StatementCache& sql_;
    std::set<std::string> touchedAttempts_;
    std::set<std::pair<std::string, std::string>> touchedCourseLearners_;
    // Labels written in this fold: every statement of an attempt repeats the
    // course's and quiz's definitions, and rewriting them is most of a fold.
    std::map<std::string, std::string> labelsWritten_;
};

} // namespace pelita::server::analytics
