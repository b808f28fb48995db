#include <pelita/content/course.h>

namespace pelita::content {

namespace {
std::string_view primarySubtag(std::string_view tag) { return tag.substr(0, tag.find('-')); }
} // namespace

const std::string& LocalizedText::get(std::string_view language) const {
    static const std::string kEmpty;
    for (const auto& [tag, text] : byLanguage)
        if (tag == language) return text;
    for (const auto& [tag, text] : byLanguage)
        if (primarySubtag(tag) == primarySubtag(language)) return text;
    for (const auto& [tag, text] : byLanguage)
        if (primarySubtag(tag) == "id") return text;
    return byLanguage.empty() ? kEmpty : byLanguage.begin()->second;
}

const Lesson* Course::findLesson(std::string_view lessonId) const {
    for (const auto& m : modules)
        for (const auto& l : m.lessons)
            if (l.id == lessonId) return &l;
    return nullptr;
}

const Quiz* Course::findQuiz(std::string_view quizId) const {
    for (const auto& m : modules)
        for (const auto& q : m.quizzes)
            if (q.id == quizId) return &q;
    return nullptr;
}

const Module* Course::moduleOf(std::string_view lessonOrQuizId) const {
    for (const auto& m : modules) {
        for (const auto& l : m.lessons)
            if (l.id == lessonOrQuizId) return &m;
        for (const auto& q : m.quizzes)
            if (q.id == lessonOrQuizId) return &m;
    }
    return nullptr;
}

} // namespace pelita::content
