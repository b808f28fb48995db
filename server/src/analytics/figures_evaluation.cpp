// Evaluation: likert answers per item and course (distribution in scale order
// and mean position), and the free-text answers of the quizzes that hold
// likert items, which is what makes a quiz an evaluation survey.
#include <map>

#include "dashboard_store.h"
#include "figure_text.h"

namespace pelita::server::analytics {

namespace {

// Every option of the item's scale, in order, with zero counts to fill in.
LikertItem itemFromDefinition(const std::string& question, const nlohmann::json& definition) {
    LikertItem item;
    item.question = question;
    item.text = stemOf(definition);
    if (!definition.is_object() || !definition.contains("scale") || !definition["scale"].is_array()) return item;
    int position = 0;
    for (const auto& option : definition["scale"]) {
        LikertItem::Option o;
        o.id = option.value("id", "");
        o.label = nameOf(nlohmann::json{{"name", option.value("description", nlohmann::json::object())}});
        o.position = ++position;
        item.distribution.push_back(std::move(o));
    }
    return item;
}

void count(LikertItem& item, const std::string& response, int position, int answers) {
    item.answers += answers;
    for (auto& o : item.distribution)
        if (o.id == response) return void(o.answers += answers);
    item.distribution.push_back({response, {}, position, answers});
}

void finishMean(LikertItem& item) {
    double sum = 0;
    int counted = 0;
    for (const auto& o : item.distribution)
        if (o.position > 0) sum += static_cast<double>(o.position) * o.answers, counted += o.answers;
    if (counted) item.mean = sum / counted;
}

std::vector<EvaluationComment> commentsOf(Db& db, const std::string& course) {
    std::vector<EvaluationComment> comments;
    Statement read(db, "SELECT question, at, text FROM analytics_comments WHERE course = ?1 AND quiz IN"
                       " (SELECT quiz FROM analytics_likert WHERE course = ?1 AND answers > 0)"
                       " ORDER BY at DESC, statement_id LIMIT ?2");
    read.bind(1, course).bind(2, std::int64_t{kMaxComments});
    while (read.step()) comments.push_back({read.columnText(0), {}, read.columnText(1), read.columnText(2)});
    for (auto& c : comments) c.questionText = stemOf(definitionOf(db, c.question));
    return comments;
}

} // namespace

Expected<std::vector<CourseEvaluation>, std::string> DashboardStore::evaluations(const std::string& course) {
    return reading([&course](Db& db) {
        std::map<std::string, std::map<std::string, LikertItem>> byCourse;
        Statement read(db, "SELECT course, question, response, position, answers FROM analytics_likert"
                           " WHERE answers > 0 AND (?1 = '' OR course = ?1) ORDER BY course, question, position");
        read.bind(1, course);
        while (read.step()) {
            auto& items = byCourse[read.columnText(0)];
            const auto question = read.columnText(1);
            auto it = items.find(question);
            if (it == items.end()) it = items.emplace(question, itemFromDefinition(question, definitionOf(db, question))).first;
            count(it->second, read.columnText(2), read.columnIsNull(3) ? 0 : static_cast<int>(read.columnInt(3)),
                  static_cast<int>(read.columnInt(4)));
        }
        std::vector<CourseEvaluation> result;
        for (auto& [iri, items] : byCourse) {
            CourseEvaluation e;
            e.course = iri;
            e.title = nameOf(definitionOf(db, iri));
            for (auto& [question, item] : items) {
                finishMean(item);
                e.items.push_back(std::move(item));
            }
            e.comments = commentsOf(db, iri);
            result.push_back(std::move(e));
        }
        return result;
    });
}

} // namespace pelita::server::analytics
