// Item analysis: share correct, point-biserial discrimination, the most chosen
// wrong response and the flags, per question, from running sums.
//
// Why point-biserial rather than upper-lower 27 %: it needs only five sums per
// question (n, n right, and the attempt totals' sum, sum of squares and sum
// over right answers), which a fold can add to and a voiding take back
// exactly; upper-lower groups would need every attempt re-ranked on each
// statement. It also uses every attempt, not just 54 % of them.
#include <algorithm>
#include <cmath>
#include <map>

#include "dashboard_store.h"
#include "figure_text.h"

namespace pelita::server::analytics {

namespace {

constexpr double kTooEasy = 0.9;
constexpr double kTooHard = 0.2;

struct Sums {
    double n, nRight, sum, sumSquares, sumRight;
};

// r_pb = (M1 - M0) / s * sqrt(p q), with s the population standard deviation
// of the attempt totals (the item itself included in its total).
std::optional<double> pointBiserial(const Sums& s) {
    if (s.n < 2 || s.nRight <= 0 || s.nRight >= s.n) return std::nullopt;
    const double mean = s.sum / s.n;
    const double variance = s.sumSquares / s.n - mean * mean;
    if (variance <= 1e-9 * kMicro * kMicro) return std::nullopt;
    const double p = s.nRight / s.n;
    const double meanRight = s.sumRight / s.nRight;
    const double meanWrong = (s.sum - s.sumRight) / (s.n - s.nRight);
    return (meanRight - meanWrong) / std::sqrt(variance) * std::sqrt(p * (1 - p));
}

} // namespace

Expected<std::vector<QuestionFigures>, std::string> DashboardStore::itemAnalysis(const std::string& course) {
    return reading([&course](Db& db) {
        std::map<std::string, std::pair<std::string, int>> wrong;
        Statement responses(db, "SELECT r.question, r.response, r.wrong FROM analytics_item_responses r"
                                " JOIN analytics_items i ON i.question = r.question"
                                " WHERE r.wrong > 0 AND (?1 = '' OR i.course = ?1)"
                                " ORDER BY r.question, r.wrong DESC, r.response");
        responses.bind(1, course);
        while (responses.step())
            wrong.emplace(responses.columnText(0),
                          std::make_pair(responses.columnText(1), static_cast<int>(responses.columnInt(2))));
        std::vector<QuestionFigures> result;
        Statement read(db, "SELECT question, quiz, course, answers, correct, n, n_correct, s_total, ss_total, s_correct"
                           " FROM analytics_items WHERE answers > 0 AND (?1 = '' OR course = ?1)");
        read.bind(1, course);
        while (read.step()) {
            QuestionFigures q;
            q.question = read.columnText(0);
            q.quiz = read.columnText(1);
            q.course = read.columnText(2);
            q.answers = static_cast<int>(read.columnInt(3));
            q.shareCorrect = static_cast<double>(read.columnInt(4)) / q.answers;
            auto number = [&read](int i) { return static_cast<double>(read.columnInt(i)); };
            q.discrimination = pointBiserial({number(5), number(6), number(7), number(8), number(9)});
            const auto definition = definitionOf(db, q.question);
            q.text = stemOf(definition);
            q.interactionType = definition.is_object() ? definition.value("interactionType", "") : "";
            if (auto w = wrong.find(q.question); w != wrong.end())
                q.mostChosenWrong = w->second.first, q.mostChosenWrongCount = w->second.second;
            q.tooEasy = q.shareCorrect > kTooEasy;
            q.tooHard = q.shareCorrect < kTooHard;
            q.negativeDiscrimination = q.discrimination && *q.discrimination < 0;
            result.push_back(std::move(q));
        }
        std::stable_sort(result.begin(), result.end(), [](const QuestionFigures& a, const QuestionFigures& b) {
            return a.shareCorrect != b.shareCorrect ? a.shareCorrect < b.shareCorrect : a.question < b.question;
        });
        return result;
    });
}

} // namespace pelita::server::analytics
