#include <pelita/sync/jp.h>
#include <pelita/sync/clock.h>

#include <algorithm>
#include <cstdio>

namespace pelita::sync {
namespace {

// The time `itemId` of `courseIri` was achieved, if it was.
std::optional<std::int64_t> achievedAt(const std::vector<Achievement>& achievements, const std::string& courseIri,
                                       const std::string& itemId) {
    for (const auto& a : achievements)
        if (a.courseIri == courseIri && a.itemId == itemId) return a.atMs;
    return std::nullopt;
}

} // namespace

std::optional<std::int64_t> coursePassedAt(const content::Course& course, const std::vector<Achievement>& quizzesPassed,
                                           const std::vector<Achievement>& lessonsCompleted) {
    bool hasQuiz = false;
    for (const auto& m : course.modules) hasQuiz = hasQuiz || !m.quizzes.empty();
    std::int64_t last = 0;
    bool any = false;
    for (const auto& m : course.modules) {
        if (hasQuiz) {
            for (const auto& q : m.quizzes) {
                auto at = achievedAt(quizzesPassed, course.iri, q.id);
                if (!at) return std::nullopt;
                last = std::max(last, *at);
                any = true;
            }
        } else {
            for (const auto& l : m.lessons) {
                auto at = achievedAt(lessonsCompleted, course.iri, l.id);
                if (!at) return std::nullopt;
                last = std::max(last, *at);
                any = true;
            }
        }
    }
    // A course with nothing in it cannot be passed: it would hand out JP for free.
    if (!any) return std::nullopt;
    return last;
}

std::string jpFigure(double jp) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", jp);
    return text;
}

double jpEarnedIn(int year, const std::vector<content::Course>& courses,
                  const std::vector<Achievement>& quizzesPassed, const std::vector<Achievement>& lessonsCompleted) {
    double jp = 0;
    for (const auto& course : courses) {
        auto at = coursePassedAt(course, quizzesPassed, lessonsCompleted);
        if (at && localYear(*at) == year) jp += course.jpHours;
    }
    return jp;
}

} // namespace pelita::sync
