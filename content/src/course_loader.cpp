#include <pelita/content/course_loader.h>

#include "course_paths.h"
#include "json_reader.h"
#include "quiz_loader.h"

#include <fstream>
#include <set>
#include <sstream>

namespace pelita::content {

using detail::JsonReader;

std::string ContentError::describe() const {
    std::string out = file.generic_string();
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
    if (!field.empty()) out += field + ": ";
    return out + message;
}

namespace {

constexpr int kSchemaVersion = 1;

std::filesystem::path fileInside(const JsonReader& r, const Course& course, const nlohmann::json& obj,
                                 const std::string& path) {
    const std::filesystem::path relative = std::filesystem::u8path(r.string(obj, "file", path));
    auto full = detail::resolveInside(course.root, relative);
    if (!full) r.fail(path + ".file", "\"" + relative.generic_string() + "\" must stay inside the course folder");
    if (!std::filesystem::is_regular_file(*full))
        r.fail(path + ".file", "\"" + relative.generic_string() + "\" does not exist");
    return relative;
}

void readModule(const JsonReader& r, Course& course, const nlohmann::json& m, const std::string& path,
                double passMark, std::set<std::string>& ids) {
    Module module;
    module.id = r.id(m, "id", path);
    module.title = r.text(m, "title", path);
    auto claim = [&](const std::string& id, const std::string& field) {
        if (!ids.insert(id).second) r.fail(field, "\"" + id + "\" is used twice in this course");
    };
    claim(module.id, path + ".id");

    const auto& lessons = r.array(m, "lessons", path);
    for (std::size_t i = 0; i < lessons.size(); ++i) {
        const std::string at = path + ".lessons[" + std::to_string(i) + "]";
        Lesson lesson;
        lesson.id = r.id(lessons[i], "id", at);
        claim(lesson.id, at + ".id");
        lesson.title = r.text(lessons[i], "title", at);
        lesson.file = fileInside(r, course, lessons[i], at);
        lesson.minutes = static_cast<int>(r.number(lessons[i], "minutes", at, 0));
        module.lessons.push_back(std::move(lesson));
    }

    if (m.contains("quizzes")) {
        const auto& quizzes = r.array(m, "quizzes", path);
        for (std::size_t i = 0; i < quizzes.size(); ++i) {
            const std::string at = path + ".quizzes[" + std::to_string(i) + "]";
            Quiz quiz;
            quiz.id = r.id(quizzes[i], "id", at);
            claim(quiz.id, at + ".id");
            quiz.title = r.text(quizzes[i], "title", at);
            quiz.file = fileInside(r, course, quizzes[i], at);
            detail::loadQuizFile(quiz, course.root / quiz.file, quiz.file, passMark, course.root);
            module.quizzes.push_back(std::move(quiz));
        }
    }
    if (module.lessons.empty() && module.quizzes.empty()) r.fail(path, "has no lessons and no quizzes");
    course.modules.push_back(std::move(module));
}

// A question may point at the lesson to review when it is missed; that lesson must exist.
void checkLessonReferences(const Course& course) {
    for (const auto& module : course.modules)
        for (const auto& quiz : module.quizzes)
            for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
                const auto& q = quiz.questions[i];
                if (!q.lessonId.empty() && !course.findLesson(q.lessonId))
                    throw ContentError{quiz.file, 0, "questions[" + std::to_string(i) + "].lesson",
                                       "names lesson \"" + q.lessonId + "\", which is not in course.json"};
            }
}

} // namespace

Expected<Course, ContentError> loadCourse(const std::filesystem::path& folder) {
    try {
        Course course;
        course.root = folder;
        const JsonReader r("course.json");
        if (!std::filesystem::is_directory(folder))
            return unexpected(ContentError{folder, 0, {}, "is not a folder"});
        const auto doc = detail::readJsonFile(folder / "course.json", "course.json");
        if (!doc.is_object()) r.fail("", "must be a JSON object");
        const double schema = r.number(doc, "schemaVersion", "", 0);
        if (schema != kSchemaVersion)
            r.fail("schemaVersion", "must be " + std::to_string(kSchemaVersion) + " (this kiosk's course format)");
        course.iri = r.string(doc, "id", "");
        if (course.iri.rfind("https://", 0) != 0 && course.iri.rfind("http://", 0) != 0)
            r.fail("id", "must be an IRI starting with https://, e.g. https://pelita.example.go.id/course/etika");
        course.version = r.string(doc, "version", "");
        course.language = r.optionalString(doc, "language", "");
        if (course.language.empty()) course.language = "id-ID";
        course.title = r.text(doc, "title", "");
        if (doc.contains("description")) course.description = r.text(doc, "description", "");
        course.jpHours = r.number(doc, "jpHours", "", 0);
        if (course.jpHours < 0) r.fail("jpHours", "must not be negative");
        const double passMark = r.number(doc, "passMark", "", 0.7);
        if (passMark <= 0 || passMark > 1) r.fail("passMark", "must be above 0 and at most 1, e.g. 0.7");

        const auto& modules = r.array(doc, "modules", "");
        if (modules.empty()) r.fail("modules", "needs at least one module");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < modules.size(); ++i)
            readModule(r, course, modules[i], "modules[" + std::to_string(i) + "]", passMark, ids);
        checkLessonReferences(course);
        return course;
    } catch (const ContentError& e) {
        return unexpected(e);
    }
}

Expected<std::string, ContentError> readLessonText(const Course& course, const Lesson& lesson) {
    auto full = detail::resolveInside(course.root, lesson.file);
    if (!full) return unexpected(ContentError{lesson.file, 0, {}, "is outside the course folder"});
    std::ifstream in(*full, std::ios::binary);
    if (!in) return unexpected(ContentError{lesson.file, 0, {}, "cannot be read"});
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace pelita::content
