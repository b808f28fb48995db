// Training needs: mastery (share of right answers) per topic, per OPD or per
// position, lowest first. A topic is the module a quiz belongs to, as the
// quiz's attempted/completed statements name it; else the quiz; else the course.
#include "dashboard_store.h"
#include "figure_text.h"

namespace pelita::server::analytics {

Expected<std::vector<TopicMastery>, std::string> DashboardStore::trainingNeeds(GroupBy groupBy, int minAnswers) {
    return reading([groupBy, minAnswers](Db& db) {
        const std::string group = groupBy == GroupBy::Opd ? "r.opd" : "r.position";
        Statement read(db, "SELECT coalesce(" + group + ", ''), coalesce(t.module, lt.activity), lt.course,"
                           " sum(lt.answered), sum(lt.correct) FROM analytics_learner_topics lt"
                           " LEFT JOIN pelita_roster r ON r.nip = lt.learner"
                           " LEFT JOIN analytics_topics t ON t.activity = lt.activity"
                           " GROUP BY 1, 2, 3 HAVING sum(lt.answered) >= max(?, 1)"
                           " ORDER BY 1.0 * sum(lt.correct) / sum(lt.answered), 1, 2");
        read.bind(1, std::int64_t{minAnswers});
        std::vector<TopicMastery> result;
        while (read.step()) {
            TopicMastery m;
            m.group = read.columnText(0);
            m.topic = read.columnText(1);
            m.course = read.columnText(2);
            m.answers = static_cast<int>(read.columnInt(3));
            m.correct = static_cast<int>(read.columnInt(4));
            m.mastery = static_cast<double>(m.correct) / m.answers;
            result.push_back(std::move(m));
        }
        for (auto& m : result) m.title = nameOf(definitionOf(db, m.topic));
        return result;
    });
}

} // namespace pelita::server::analytics
