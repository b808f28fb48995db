#include <pelita/content/lesson_document.h>

#include "package/lesson_references.h"
#include "course_paths.h"
#include "package/text_checks.h"

#include <algorithm>

namespace pelita::content::detail {

namespace fs = std::filesystem;

namespace {

// A link to the web, a mail address or an anchor in the same lesson: nothing to pack.
bool isLocalFile(const std::string& target) {
    if (target.empty() || target[0] == '#') return false;
    // md4c's permissive autolinks: "www.example.go.id" and bare e-mail addresses.
    if (target.rfind("www.", 0) == 0 ||
        (target.find('@') != std::string::npos && target.find('/') == std::string::npos))
        return false;
    const auto colon = target.find(':');
    return colon == std::string::npos || target.find('/') < colon;
}

int lineOf(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    if (at == std::string::npos) return 0;
    return 1 +
           static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

std::vector<std::pair<std::string, const char*>> referencesIn(const LessonDocument& doc) {
    std::vector<std::pair<std::string, const char*>> out;
    auto spans = [&](const std::vector<TextSpan>& list) {
        for (const auto& s : list)
            if (!s.link.empty() && (out.empty() || out.back().first != s.link))
                out.emplace_back(s.link, "link");
    };
    for (const auto& block : doc.blocks) {
        if (block.kind == BlockKind::Image) out.emplace_back(block.source, "image");
        spans(block.spans);
        for (const auto& cell : block.cells)
            spans(cell);
    }
    return out;
}

void addFile(const Course& course, const fs::path& written, const fs::path& shownIn, int line,
             const std::string& what, CourseFiles& files) {
    // "lessons/../media/a.png" is fine as long as it stays inside the course.
    const fs::path relative = written.lexically_normal();
    const std::string shown = relative.generic_string();
    auto full = resolveInside(course.root, relative);
    std::error_code ec;
    if (!full)
        files.problems.push_back(
            {shownIn, line, {}, what + " \"" + shown + "\" is outside the course folder"});
    else if (!fs::is_regular_file(*full, ec))
        files.problems.push_back({shownIn, line, {}, what + " \"" + shown + "\" does not exist"});
    else if (auto bad = entryNameProblem(utf8Path(relative)))
        files.problems.push_back({shownIn, line, {}, what + " \"" + shown + "\" " + *bad});
    else
        files.paths.insert(utf8Path(relative));
}

} // namespace

CourseFiles collectCourseFiles(const Course& course, const std::string& cover) {
    CourseFiles files;
    if (!cover.empty()) {
        if (!isCompressedMedia(cover))
            files.problems.push_back(
                {"course.json", 0, "cover", "\"" + cover + "\" must be a .jpg or .png image"});
        addFile(course, fs::u8path(cover), "course.json", 0, "cover", files);
    }
    for (const auto& module : course.modules) {
        for (const auto& quiz : module.quizzes)
            addFile(course, quiz.file, "course.json", 0, "quiz file", files);
        for (const auto& lesson : module.lessons) {
            addFile(course, lesson.file, "course.json", 0, "lesson file", files);
            auto text = readLessonText(course, lesson);
            if (!text) continue;
            for (const auto& [target, what] : referencesIn(parseLesson(*text))) {
                if (!isLocalFile(target)) continue;
                const std::string path = target.substr(0, target.find_first_of("#?"));
                if (what == std::string("link") && course.findLesson(path)) continue; // a lesson id: nothing to pack
                addFile(course, lesson.file.parent_path() / fs::u8path(path), lesson.file,
                        lineOf(*text, target), what, files);
            }
        }
    }
    return files;
}

} // namespace pelita::content::detail
