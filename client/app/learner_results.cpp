#include "app/learner_results.h"

#include "certificate/siasn_export.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/jp.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace pelita::kiosk {

namespace {

std::int64_t latest(std::int64_t a, std::int64_t b) { return std::max(a, b); }

LearnerResult resultFor(const sync::RecordsStore& store, const sync::Learner& learner, const content::Course& course,
                        const std::vector<sync::Achievement>& quizzes, const std::vector<sync::Achievement>& lessons,
                        const std::string& language) {
    LearnerResult row;
    row.nip = learner.nip;
    row.name = learner.name;
    row.unit = learner.unit;
    row.courseIri = course.iri;
    row.courseTitle = course.title.get(language);
    bool started = false, failed = false;
    for (const auto& lesson : lessons)
        if (lesson.courseIri == course.iri) {
            started = true;
            row.lastActivityMs = latest(row.lastActivityMs, lesson.atMs);
        }
    for (const auto& attempt : store.submittedAttempts(learner.nip, course.iri)) {
        started = true;
        row.lastActivityMs = latest(row.lastActivityMs, attempt.startedAtMs);
        if (!attempt.score) continue;
        row.bestScore = std::max(row.bestScore.value_or(0.0), attempt.score->scaled);
        failed = failed || !attempt.score->passed;
    }
    if (auto reading = store.lastReading(learner.nip, course.iri)) {
        started = true;
        row.lastActivityMs = latest(row.lastActivityMs, reading->atMs);
    }
    if (auto passedAt = sync::coursePassedAt(course, quizzes, lessons)) {
        row.status = ResultStatus::Passed;
        row.jp = course.jpHours;
        row.lastActivityMs = latest(row.lastActivityMs, *passedAt);
    } else if (failed) {
        row.status = ResultStatus::Remedial;
    } else if (started) {
        row.status = ResultStatus::InProgress;
    }
    return row;
}

// Orders two rows by one column; names and titles compare as text.
int compareBy(ResultColumn column, const LearnerResult& a, const LearnerResult& b) {
    const auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case ResultColumn::Nip: return cmp(a.nip, b.nip);
    case ResultColumn::Name: return cmp(a.name, b.name);
    case ResultColumn::Unit: return cmp(a.unit, b.unit);
    case ResultColumn::Course: return cmp(a.courseTitle, b.courseTitle);
    case ResultColumn::Status: return cmp(static_cast<int>(a.status), static_cast<int>(b.status));
    case ResultColumn::Score: return cmp(a.bestScore.value_or(-1.0), b.bestScore.value_or(-1.0));
    case ResultColumn::Jp: return cmp(a.jp, b.jp);
    case ResultColumn::LastActivity: return cmp(a.lastActivityMs, b.lastActivityMs);
    }
    return 0;
}

} // namespace

const char* statusKey(ResultStatus status) {
    switch (status) {
    case ResultStatus::NotStarted: return "results.status_new";
    case ResultStatus::InProgress: return "results.status_learning";
    case ResultStatus::Remedial: return "results.status_remedial";
    case ResultStatus::Passed: return "results.status_passed";
    }
    return "";
}

std::vector<LearnerResult> collectResults(const sync::RecordsStore& store, const std::vector<content::Course>& courses,
                                          const std::string& language) {
    std::vector<LearnerResult> rows;
    for (const auto& learner : store.learners()) {
        const auto quizzes = store.quizzesPassed(learner.nip);
        const auto lessons = store.lessonsCompleted(learner.nip);
        for (const auto& course : courses) rows.push_back(resultFor(store, learner, course, quizzes, lessons, language));
    }
    return rows;
}

std::vector<LearnerResult> visibleResults(const std::vector<LearnerResult>& rows, const ResultsView& view) {
    std::vector<LearnerResult> shown;
    for (const auto& row : rows)
        if ((view.unit.empty() || row.unit == view.unit) && (view.courseIri.empty() || row.courseIri == view.courseIri))
            shown.push_back(row);
    std::stable_sort(shown.begin(), shown.end(), [&view](const LearnerResult& a, const LearnerResult& b) {
        const int order = compareBy(view.sortBy, a, b);
        return view.descending ? order > 0 : order < 0;
    });
    return shown;
}

std::vector<std::string> unitsOf(const std::vector<LearnerResult>& rows) {
    std::set<std::string> units;
    for (const auto& row : rows)
        if (!row.unit.empty()) units.insert(row.unit);
    return {units.begin(), units.end()};
}

std::vector<std::pair<std::string, std::string>> coursesOf(const std::vector<LearnerResult>& rows) {
    std::map<std::string, std::string> byIri;
    for (const auto& row : rows) byIri.emplace(row.courseIri, row.courseTitle);
    std::vector<std::pair<std::string, std::string>> courses(byIri.begin(), byIri.end());
    std::sort(courses.begin(), courses.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return courses;
}

std::string csvTextField(const std::string& value) {
    // Spreadsheets run a cell starting with these as a formula; an apostrophe makes it text.
    const bool formula = !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
    return certificate::csvField(formula ? "'" + value : value);
}

std::string resultsCsv(const std::vector<LearnerResult>& rows, const Translator& words) {
    std::string csv = "\xEF\xBB\xBF"; // UTF-8 byte-order mark, so spreadsheets read accents right
    const auto line = [&csv](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) csv += (i ? "," : "") + csvTextField(fields[i]);
        csv += "\r\n";
    };
    // The table's headings, in ResultColumn's order; OPD and score say more in a file.
    line({words.tr("results.nip"), words.tr("results.name"), words.tr("results.csv_unit"),
          words.tr("results.course"), words.tr("results.status"), words.tr("results.csv_score"),
          words.tr("results.jp"), words.tr("results.last")});
    for (const auto& r : rows)
        line({r.nip, r.name, r.unit, r.courseTitle, words.tr(statusKey(r.status)),
              r.bestScore ? std::to_string(std::lround(*r.bestScore * 100)) : "", sync::jpFigure(r.jp),
              r.lastActivityMs > 0 ? sync::localDateTime(r.lastActivityMs) : ""});
    return csv;
}

std::string resultsFileName(std::int64_t nowMs) {
    const std::string t = sync::localDateTime(nowMs); // "27-11-2026 21:20"
    return "hasil-peserta-" + t.substr(6, 4) + t.substr(3, 2) + t.substr(0, 2) + "-" + t.substr(11, 2) +
           t.substr(14, 2) + ".csv";
}

} // namespace pelita::kiosk
