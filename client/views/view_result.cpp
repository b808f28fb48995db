// The result of a quiz: score, Lulus / Tidak lulus, attempts left, essays waiting
// for the trainer, the lessons to review, then feedback on each question.
#include "views/views.h"

#include "platform/fonts.h"
#include "ui/widgets.h"
#include "ui/widgets_quiz.h"
#include "views/layout.h"
#include "views/view_quiz.h"

#include <pelita/content/scoring.h>

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace pelita::kiosk::views {

namespace {

std::string points(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", std::round(value * 100) / 100);
    return text;
}

void drawVerdict(ViewContext& ctx, const ResultPage& result) {
    const content::Score& score = result.score;
    if (result.timeUp) ui::TextWrapped(ctx.tr("result.time_up"));
    ui::Heading(ctx.t.format("result.score", {{"score", std::to_string(std::lround(score.scaled * 100))}}));
    ui::TextWrapped(ctx.t.format("result.raw", {{"raw", points(score.raw)}, {"max", points(score.max)}}));
    ImGui::PushFont(platform::fonts().heading);
    const ImVec4 colour = score.passed ? ImVec4(0.05f, 0.45f, 0.18f, 1) : ImVec4(0.70f, 0.16f, 0.10f, 1);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ui::TextWrapped(ctx.tr(score.passed ? "result.passed" : "result.failed"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (score.pendingReview) ui::TextWrapped(ctx.tr("result.pending_review"));
}

// Attempts left and, after a fail, the way back: lessons to review and a retake.
void drawNextSteps(ViewContext& ctx, const ResultPage& result) {
    if (result.score.passed) return;
    const int remaining = result.allowance.remaining();
    if (remaining == 0)
        ui::TextWrapped(ctx.tr("result.attempts_none"));
    else if (remaining > 0)
        ui::TextWrapped(ctx.t.format("result.attempts_left", {{"count", std::to_string(remaining)}}));
    else
        ui::TextWrapped(ctx.tr("result.try_again"));
    const content::Course* course = ctx.state.openCourse();
    ui::TouchSized touch;
    if (course && !result.reviewLessons.empty()) {
        ui::TextWrapped(ctx.tr("result.review_title"));
        for (const auto& lessonId : result.reviewLessons) {
            const content::Lesson* lesson = course->findLesson(lessonId);
            if (!lesson) continue;
            const std::string label =
                ctx.t.format("result.review_lesson", {{"title", lesson->title.get(ctx.t.language())}}) + "##" + lessonId;
            if (ui::Button(label.c_str())) ctx.dispatch(intent::OpenLesson{lessonId});
        }
    }
    if (remaining != 0 && ui::Button(ctx.tr("result.retake"))) ctx.dispatch(intent::StartQuiz{result.quizId});
}

// A pass that completes the course: its certificate, issued on the spot.
void drawCertificate(ViewContext& ctx, const ResultPage& result) {
    const auto& issued = ctx.state.certificates.issued;
    if (!result.score.passed) return;
    if (ctx.state.certificates.loading) return ui::Muted(ctx.tr("certificate.issuing"));
    if (!issued || issued->courseIri != ctx.state.courseIri) return;
    ImGui::Spacing();
    ui::Heading(ctx.tr("certificate.title"));
    ui::TextWrapped(ctx.tr("certificate.issued"));
    drawCertificateCard(ctx, *issued);
}

void drawFeedback(ViewContext& ctx, const content::Quiz& quiz, const ResultPage& result) {
    for (std::size_t i = 0; i < result.questionIds.size(); ++i) {
        const content::Question* q = quiz.findQuestion(result.questionIds[i]);
        if (!q) continue;
        auto it = result.responses.find(q->id);
        ImGui::Separator();
        drawQuestionFeedback(ctx, *q, it == result.responses.end() ? std::string() : it->second, i + 1);
    }
}

} // namespace

void drawResult(ViewContext& ctx) {
    const content::Course* course = ctx.state.openCourse();
    const ResultPage& result = ctx.state.result;
    const content::Quiz* quiz = course ? course->findQuiz(result.quizId) : nullptr;
    beginPage("result");
    if (quiz) ui::Muted(quiz->title.get(ctx.t.language()));
    drawVerdict(ctx, result);
    drawCertificate(ctx, result);
    drawNextSteps(ctx, result);
    ImGui::Spacing();
    if (ui::BigButton(ctx.tr("common.back_course"))) ctx.dispatch(intent::BackToCourse{});
    if (quiz) drawFeedback(ctx, *quiz, result);
    ImGui::Spacing();
    if (ui::Button((std::string(ctx.tr("common.back_course")) + "##end").c_str())) ctx.dispatch(intent::BackToCourse{});
    endPage();
}

} // namespace pelita::kiosk::views
