// Training needs: mastery (share of right answers) per topic, per OPD or per
// position, lowest first. A topic is the module a quiz belongs to, as the
// quiz's attempted/completed statements name it; else the quiz; else the course.
#include <map>

#include "dashboard_store.h"
#include "figure_text.h"

namespace pelita::server::analytics {

Expected<std::vector<TopicMastery>, std::string> DashboardStore::trainingNeeds(GroupBy groupBy, int minAnswers) {
    return reading([groupBy, minAnswers](Db& db) {
        // The group sums (group_sums.h): a row per group and topic, not per learner.
        Statement read(db, "SELECT g.grp, coalesce(t.module, g.activity), g.course, sum(g.answered), sum(g.correct)"
                           " FROM analytics_group_topics g LEFT JOIN analytics_topics t ON t.activity = g.activity"
                           " WHERE g.kind = ? GROUP BY 1, 2, 3 HAVING sum(g.answered) >= max(?, 1)"
                           " ORDER BY 1.0 * sum(g.correct) / sum(g.answered), 1, 2");
        read.bind(1, std::string(groupBy == GroupBy::Opd ? "opd" : "position"));
        read.bind(2, std::int64_t{minAnswers});
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
        // Every group repeats the same few topics: read each title once.
        std::map<std::string, Text> titles;
        for (auto& m : result) {
            auto [title, fresh] = titles.try_emplace(m.topic);
            if (fresh) title->second = nameOf(definitionOf(db, m.topic));
            m.title = title->second;
        }
        return result;
    });
}

} // namespace pelita::server::analytics
