// The quiz player: one question at a time in the attempt's order, with its
// progress and time left, then a review of unanswered questions before submitting.
#include "views/views.h"

#include "platform/style.h"
#include "ui/widgets.h"
#include "ui/widgets_quiz.h"
#include "views/inline_markdown.h"
#include "views/layout.h"
#include "views/view_quiz.h"

#include <pelita/content/quiz_attempt.h>

#include <imgui.h>

#include <cstdio>

namespace pelita::kiosk::views {

namespace {

bool immediate(const content::Quiz& quiz) { return quiz.feedbackMode == content::FeedbackMode::Immediate; }

const std::string& saved(const QuizPage& page, const std::string& questionId) {
    static const std::string none;
    auto it = page.attempt.responses.find(questionId);
    return it == page.attempt.responses.end() ? none : it->second;
}

// What the control shows: the draft being composed, else the saved response.
const std::string& shown(const QuizPage& page, const std::string& questionId) {
    auto it = page.drafts.find(questionId);
    return it == page.drafts.end() ? saved(page, questionId) : it->second;
}

// "Sisa waktu: 9:58", or "" when the quiz has no time limit.
std::string timeLeft(ViewContext& ctx, const content::Quiz& quiz) {
    auto left = content::remainingMs(quiz, ctx.state.quiz.elapsedMs);
    if (!left) return {};
    const long long seconds = (*left + 999) / 1000; // 0:00 only when it is really up
    char clock[24];
    std::snprintf(clock, sizeof clock, "%lld:%02lld", seconds / 60, seconds % 60);
    return ctx.t.format("quiz.time_left", {{"time", clock}});
}

void drawProgress(ViewContext& ctx, const content::Quiz& quiz) {
    const QuizPage& page = ctx.state.quiz;
    const std::size_t total = page.draw.questions.size();
    std::string line = ctx.t.format("quiz.progress", {{"n", std::to_string(page.index + 1)}, {"total", std::to_string(total)}});
    const std::string time = timeLeft(ctx, quiz);
    if (!time.empty()) line += "  \xC2\xB7  " + time;
    ui::Muted(line);
    const auto& accent = platform::accentColors().normal;
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(accent[0], accent[1], accent[2], accent[3]));
    ImGui::ProgressBar(static_cast<float>(page.index + 1) / static_cast<float>(total), ImVec2(-1, 10), "");
    ImGui::PopStyleColor();
}

void drawQuestion(ViewContext& ctx, const content::Quiz& quiz) {
    const QuizPage& page = ctx.state.quiz;
    const content::DrawnQuestion& drawn = page.draw.questions[page.index];
    const content::Question* q = quiz.findQuestion(drawn.questionId);
    if (!q) return;
    drawProgress(ctx, quiz);
    ImGui::Spacing();
    ui::TextWrapped(plainMarkdown(q->stem));
    ImGui::Spacing();
    // With immediate feedback a checked answer is final and its feedback shows at once.
    const bool checked = immediate(quiz) && !saved(page, q->id).empty();
    drawAnswerControl(ctx, *q, drawn, shown(page, q->id), checked, immediate(quiz));
    ui::TouchSized touch;
    if (immediate(quiz) && !checked) {
        const std::string& draft = shown(page, q->id);
        if (draft.empty()) ImGui::BeginDisabled();
        if (ui::Button((std::string(ctx.tr("quiz.check")) + "##" + q->id).c_str()))
            ctx.dispatch(intent::Answer{q->id, draft});
        if (draft.empty()) ImGui::EndDisabled();
    }
    if (checked) drawQuestionFeedback(ctx, *q, saved(page, q->id), page.index + 1);
    ImGui::Spacing();
    const std::size_t total = page.draw.questions.size();
    if (page.index > 0 && ui::Button(ctx.tr("quiz.previous"))) ctx.dispatch(intent::GoToQuestion{page.index - 1});
    if (page.index > 0) ImGui::SameLine();
    if (page.index + 1 < total) {
        if (ui::Button(ctx.tr("quiz.next"))) ctx.dispatch(intent::GoToQuestion{page.index + 1});
    } else if (ui::BigButton(ctx.tr("quiz.review"))) {
        ctx.dispatch(intent::ReviewQuiz{});
    }
}

void drawReview(ViewContext& ctx, const content::Quiz& quiz) {
    const QuizPage& page = ctx.state.quiz;
    ui::Heading(ctx.tr("quiz.review_title"));
    const std::string time = timeLeft(ctx, quiz);
    if (!time.empty()) ui::Muted(time);
    std::size_t unanswered = 0;
    ui::TouchSized touch;
    for (std::size_t i = 0; i < page.draw.questions.size(); ++i) {
        const bool answered = !shown(page, page.draw.questions[i].questionId).empty();
        unanswered += answered ? 0 : 1;
        const std::string label = ctx.t.format(answered ? "quiz.review_answered" : "quiz.review_unanswered",
                                               {{"n", std::to_string(i + 1)}}) + "##review" + std::to_string(i);
        if (ui::Button(label.c_str())) ctx.dispatch(intent::GoToQuestion{i});
    }
    ImGui::Spacing();
    if (unanswered > 0)
        ui::TextWrapped(ctx.t.format("quiz.unanswered_warning", {{"count", std::to_string(unanswered)}}));
    const bool busy = page.submitting || ctx.state.unsavedWrites > 0;
    if (busy) ImGui::BeginDisabled();
    if (ui::BigButton(ctx.tr("quiz.submit"))) ctx.dispatch(intent::SubmitQuiz{});
    if (busy) ImGui::EndDisabled();
    if (page.submitting) ui::Muted(ctx.tr("quiz.submitting"));
}

// No attempt may start: say why, in words a learner can act on.
void drawClosed(ViewContext& ctx, const sync::AttemptAllowance& allowance) {
    if (allowance.passed)
        ui::TextWrapped(ctx.tr("quiz.closed_passed"));
    else
        ui::TextWrapped(ctx.t.format("quiz.closed_used", {{"used", std::to_string(allowance.used)},
                                                           {"max", std::to_string(allowance.maxAttempts)}}));
}

} // namespace

void drawQuiz(ViewContext& ctx) {
    const content::Course* course = ctx.state.quizCourse();
    const QuizPage& page = ctx.state.quiz;
    const content::Quiz* quiz = course ? course->findQuiz(page.quizId) : nullptr;
    beginPage("quiz");
    if (!quiz) {
        ui::TextWrapped(ctx.tr("course.missing"));
    } else {
        ui::Heading(quiz->title.get(ctx.t.language()));
        if (page.starting)
            ui::Muted(ctx.tr("quiz.starting"));
        else if (page.closed)
            drawClosed(ctx, *page.closed);
        else if (page.draw.questions.empty())
            ui::Muted(ctx.tr(page.submitting ? "quiz.submitting" : "quiz.starting"));
        else if (page.reviewing)
            drawReview(ctx, *quiz);
        else
            drawQuestion(ctx, *quiz);
    }
    ImGui::Spacing();
    if (ui::Button(ctx.tr("common.back_course"))) ctx.dispatch(intent::BackToCourse{});
    if (!page.closed) ui::Muted(ctx.tr("quiz.saved_hint"));
    endPage();
}

} // namespace pelita::kiosk::views
