#include "views/lesson_links.h"

namespace pelita::kiosk::views {

namespace {

bool hasScheme(const std::string& href) {
    const auto colon = href.find(':');
    const auto slash = href.find('/');
    return colon != std::string::npos && (slash == std::string::npos || colon < slash);
}

} // namespace

LinkTarget resolveLink(const content::Course& course, const content::Lesson& from, const std::string& href) {
    if (href.empty() || href[0] == '#') return {LinkKind::Anchor, {}};
    // md4c's permissive autolinks give "www.example.go.id" without a scheme.
    if (hasScheme(href) || href.rfind("www.", 0) == 0 || href.rfind("//", 0) == 0) return {};
    const std::string path = href.substr(0, href.find_first_of("#?"));
    if (course.findLesson(path)) return {LinkKind::Lesson, path};
    const auto wanted = (from.file.parent_path() / std::filesystem::u8path(path)).lexically_normal();
    for (const auto& module : course.modules)
        for (const auto& lesson : module.lessons)
            if (lesson.file.lexically_normal() == wanted) return {LinkKind::Lesson, lesson.id};
    return {};
}

std::string previousLesson(const content::Course& course, const std::string& lessonId) {
    std::string previous;
    for (const auto& module : course.modules)
        for (const auto& lesson : module.lessons) {
            if (lesson.id == lessonId) return previous;
            previous = lesson.id;
        }
    return {};
}

} // namespace pelita::kiosk::views
