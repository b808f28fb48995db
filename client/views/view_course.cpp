// A course: its modules, lessons (with a mark once read) and quizzes (with the best score).
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace pelita::kiosk::views {

namespace {

const sync::QuizAttempt* bestAttempt(const AppState& state, const std::string& quizId) {
    const sync::QuizAttempt* best = nullptr;
    for (const auto& a : state.attempts)
        if (a.quizId == quizId && a.score && (!best || a.score->scaled > best->score->scaled)) best = &a;
    return best;
}

// A tick for a lesson read, an empty ring otherwise. Drawn, not a glyph: the
// body font has no check mark. The row also says "read" in words, for the colour-blind.
void drawMark(bool done) {
    const float size = ImGui::GetFontSize();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 centre(at.x + size * 0.5f, at.y + size * 0.55f);
    if (done) {
        draw->AddCircleFilled(centre, size * 0.45f, IM_COL32(20, 120, 50, 255));
        ImGui::RenderCheckMark(draw, ImVec2(at.x + size * 0.22f, at.y + size * 0.25f), IM_COL32_WHITE, size * 0.55f);
    } else {
        draw->AddCircle(centre, size * 0.42f, IM_COL32(110, 110, 110, 255), 0, 2.0f);
    }
    ImGui::Dummy(ImVec2(size, size));
    ImGui::SameLine();
}

void drawLessonRow(ViewContext& ctx, const content::Lesson& lesson) {
    const bool done = ctx.state.completedLessons.count(lesson.id) > 0;
    const std::string& lang = ctx.t.language();
    drawMark(done);
    ui::TextWrapped(lesson.title.get(lang));
    std::string meta = ctx.t.format("course.minutes", {{"minutes", std::to_string(lesson.minutes)}});
    if (done) meta += "  \xC2\xB7  " + std::string(ctx.tr("course.read"));
    ui::Muted(meta);
    const std::string label = std::string(ctx.tr(done ? "course.read_again" : "course.read_lesson")) + "##" + lesson.id;
    if (ui::Button(label.c_str())) ctx.dispatch(intent::OpenLesson{lesson.id});
}

void drawQuizRow(ViewContext& ctx, const content::Quiz& quiz) {
    const sync::QuizAttempt* best = bestAttempt(ctx.state, quiz.id);
    drawMark(best && best->score->passed);
    ui::TextWrapped(quiz.title.get(ctx.t.language()));
    std::string meta = ctx.t.format("course.quiz_meta", {{"count", std::to_string(quiz.questions.size())},
                                                         {"pass", std::to_string(std::lround(quiz.passMark * 100))}});
    if (best)
        meta += "  \xC2\xB7  " + ctx.t.format(best->score->passed ? "course.best_passed" : "course.best_failed",
                                             {{"score", std::to_string(std::lround(best->score->scaled * 100))}});
    ui::Muted(meta);
    const std::string label = std::string(ctx.tr("course.start_quiz")) + "##" + quiz.id;
    if (ui::Button(label.c_str())) ctx.dispatch(intent::StartQuiz{quiz.id});
}

} // namespace

void drawCourse(ViewContext& ctx) {
    const content::Course* course = ctx.state.openCourse();
    beginPage("course");
    if (!course) {
        ui::TextWrapped(ctx.tr("course.missing"));
    } else {
        const std::string& lang = ctx.t.language();
        ui::Heading(course->title.get(lang));
        ui::TextWrapped(course->description.get(lang));
        // "Lanjutkan": back to the lesson read last, at the place the learner stopped.
        if (const auto& last = ctx.state.lastReading)
            if (const content::Lesson* lesson = course->findLesson(last->lessonId)) {
                const std::string label = ctx.t.format("course.continue", {{"title", lesson->title.get(lang)}});
                if (ui::BigButton(label.c_str())) ctx.dispatch(intent::OpenLesson{lesson->id});
            }
        for (const auto& module : course->modules) {
            ImGui::Spacing();
            ImGui::Separator();
            ui::Heading(module.title.get(lang));
            for (const auto& lesson : module.lessons) drawLessonRow(ctx, lesson);
            for (const auto& quiz : module.quizzes) drawQuizRow(ctx, quiz);
        }
    }
    ImGui::Spacing();
    if (ui::Button(ctx.tr("common.back_home"))) ctx.dispatch(intent::GoHome{});
    endPage();
}

} // namespace pelita::kiosk::views
