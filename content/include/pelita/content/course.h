#pragma once
// The course model: what a trainer authored, as the kiosk reads it. Plain values,
// safe to copy between threads. Loaded by course_loader.h.
#include <pelita/content/quiz.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace pelita::content {

// A language map, as xAPI has them: {"id-ID": "...", "en-US": "..."}.
struct LocalizedText {
    std::map<std::string, std::string> byLanguage;

    // The text in `language` (matched on its primary subtag, so "en" finds "en-US"),
    // else Indonesian, else any language present, else "".
    const std::string& get(std::string_view language) const;
    bool empty() const { return byLanguage.empty(); }
};

struct Lesson {
    std::string id;                  // unique within the course, e.g. "pengertian"
    LocalizedText title;
    std::filesystem::path file;      // Markdown, relative to the course root
    int minutes = 0;                 // estimated reading time
};

struct Quiz {
    std::string id;                  // unique within the course
    LocalizedText title;
    std::filesystem::path file;      // quiz JSON, relative to the course root
    double passMark = 0.7;           // scaled score needed to pass, 0..1
    std::vector<Question> questions; // every question, pooled or not, in authoring order

    std::vector<QuestionPool> pools{};     // groups of questions.poolId; see drawAttempt()
    bool shuffleQuestions = false;
    bool shuffleOptions = false;           // choice options and matching targets
    int maxAttempts = 0;                   // 0 = unlimited; a pass ends the retakes
    int timeLimitSeconds = 0;              // 0 = no limit; counted from persisted elapsed time
    FeedbackMode feedbackMode = FeedbackMode::Immediate;

    const Question* findQuestion(std::string_view questionId) const;
    const QuestionPool* findPool(std::string_view poolId) const;
};

struct Module {
    std::string id;
    LocalizedText title;
    std::vector<Lesson> lessons;
    std::vector<Quiz> quizzes;
};

struct Course {
    std::string iri;                 // stable activity IRI, e.g. https://pelita.sawahluntokota.go.id/course/pelayanan-prima
    std::string version;             // e.g. "1.0.0"
    std::string language;            // the language of lesson text, e.g. "id-ID"
    LocalizedText title;
    LocalizedText description;
    double jpHours = 0;              // JP (jam pelajaran) credited on passing
    std::vector<Module> modules;
    std::filesystem::path root;      // folder the course was loaded from

    const Lesson* findLesson(std::string_view lessonId) const;
    const Quiz* findQuiz(std::string_view quizId) const;
    const Module* moduleOf(std::string_view lessonOrQuizId) const;

    // Activity IRIs, the identities statements use.
    std::string moduleIri(const Module& m) const { return iri + "/module/" + m.id; }
    std::string lessonIri(const Lesson& l) const { return iri + "/lesson/" + l.id; }
    std::string quizIri(const Quiz& q) const { return iri + "/quiz/" + q.id; }
    std::string questionIri(const Quiz& q, const Question& x) const { return quizIri(q) + "/question/" + x.id; }
};

} // namespace pelita::content
