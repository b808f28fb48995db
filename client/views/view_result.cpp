// The result of a quiz: score, pass or not, and feedback on each question.
#include "views/views.h"

#include "platform/fonts.h"
#include "ui/widgets.h"
#include "views/inline_markdown.h"
#include "views/layout.h"

#include <pelita/content/scoring.h>

#include <imgui.h>

#include <cmath>

namespace pelita::kiosk::views {

namespace {

void drawFeedback(ViewContext& ctx, const content::Quiz& quiz) {
    const auto& responses = ctx.state.result.responses;
    for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
        const content::Question& q = quiz.questions[i];
        auto it = responses.find(q.id);
        const bool answered = it != responses.end();
        const bool right = answered && content::isCorrect(q, it->second);
        ImGui::Separator();
        ImGui::PushFont(platform::fonts().bold);
        ui::TextWrapped(ctx.t.format(right ? "result.question_right" : "result.question_wrong",
                                     {{"n", std::to_string(i + 1)}}));
        ImGui::PopFont();
        ui::TextWrapped(plainMarkdown(q.stem));
        for (const auto& option : q.options) {
            if (answered && option.id == it->second && !right) {
                ui::TextWrapped(ctx.t.format("result.your_answer", {{"answer", plainMarkdown(option.text)}}));
                if (!option.feedback.empty()) ui::Muted(plainMarkdown(option.feedback));
            }
            if (option.correct && !right) ui::TextWrapped(ctx.t.format("result.right_answer", {{"answer", plainMarkdown(option.text)}}));
        }
        if (!answered) ui::Muted(ctx.tr("result.not_answered"));
        if (!q.feedback.empty()) ui::Muted(plainMarkdown(q.feedback));
    }
}

} // namespace

void drawResult(ViewContext& ctx) {
    const content::Course* course = ctx.state.openCourse();
    const content::Quiz* quiz = course ? course->findQuiz(ctx.state.result.quizId) : nullptr;
    const content::Score& score = ctx.state.result.score;
    beginPage("result");
    if (quiz) ui::Muted(quiz->title.get(ctx.t.language()));
    ui::Heading(ctx.t.format("result.score", {{"score", std::to_string(std::lround(score.scaled * 100))}}));
    ui::TextWrapped(ctx.t.format("result.raw", {{"raw", std::to_string(std::lround(score.raw))},
                                                {"max", std::to_string(std::lround(score.max))}}));
    ImGui::PushFont(platform::fonts().heading);
    const ImVec4 colour = score.passed ? ImVec4(0.05f, 0.45f, 0.18f, 1) : ImVec4(0.70f, 0.16f, 0.10f, 1);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ui::TextWrapped(ctx.tr(score.passed ? "result.passed" : "result.failed"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (!score.passed) ui::TextWrapped(ctx.tr("result.try_again"));
    if (quiz) drawFeedback(ctx, *quiz);
    ImGui::Spacing();
    if (ui::BigButton(ctx.tr("common.back_course"))) ctx.dispatch(intent::BackToCourse{});
    endPage();
}

} // namespace pelita::kiosk::views
