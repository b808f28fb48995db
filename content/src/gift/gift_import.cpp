#include "gift_question.h"
#include "quiz/import_text.h"

#include <pelita/content/gift.h>
#include <set>

namespace pelita::content {

namespace {

bool usableId(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_' || c == '.'))
            return false;
    return true;
}

} // namespace

Expected<ImportResult, ImportProblem> importGift(std::string_view text, const std::string& fileName) {
    try {
        const std::string clean = detail::normalizedText(text, fileName);
        ImportResult result;
        std::set<std::string> ids;
        for (const auto& chunk : detail::gift::splitQuestions(clean)) {
            auto read = detail::gift::readChunk(chunk, fileName);
            for (auto& w : read.warnings)
                result.warnings.push_back(std::move(w));
            if (!read.question) continue;
            Question q = std::move(*read.question);
            // Moodle's "[id:...]" names the question when it is a usable, unused id.
            q.id = usableId(chunk.idFromComment) && !ids.count(chunk.idFromComment)
                       ? chunk.idFromComment
                       : "q" + std::to_string(result.questions.size() + 1);
            while (ids.count(q.id))
                q.id += "-" + std::to_string(result.questions.size() + 1);
            ids.insert(q.id);
            result.questions.push_back(std::move(q));
        }
        return result;
    } catch (const detail::ImportFailure& failure) {
        return unexpected(failure.problem);
    }
}

} // namespace pelita::content
