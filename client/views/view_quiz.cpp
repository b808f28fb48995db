// The quiz, one question at a time, then a review of unanswered questions before submitting.
#include "views/views.h"

#include "platform/style.h"
#include "ui/widgets.h"
#include "views/inline_markdown.h"
#include "views/layout.h"

#include <imgui.h>

namespace pelita::kiosk::views {

namespace {

void drawQuestion(ViewContext& ctx, const content::Quiz& quiz) {
    const QuizPage& page = ctx.state.quiz;
    const content::Question& q = quiz.questions[page.index];
    const std::size_t total = quiz.questions.size();
    ui::Muted(ctx.t.format("quiz.progress", {{"n", std::to_string(page.index + 1)}, {"total", std::to_string(total)}}));
    const auto& accent = platform::accentColors().normal;
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(accent[0], accent[1], accent[2], accent[3]));
    ImGui::ProgressBar(static_cast<float>(page.index + 1) / static_cast<float>(total), ImVec2(-1, 10), "");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ui::TextWrapped(plainMarkdown(q.stem));
    ImGui::Spacing();
    auto chosen = page.attempt.responses.find(q.id);
    for (const auto& option : q.options) {
        const bool active = chosen != page.attempt.responses.end() && chosen->second == option.id;
        const std::string label = plainMarkdown(option.text) + "##" + q.id + "." + option.id;
        if (ui::RadioButton(label.c_str(), active) && !active) ctx.dispatch(intent::Choose{q.id, option.id});
    }
    ImGui::Spacing();
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
    std::size_t unanswered = 0;
    for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
        const bool answered = page.attempt.responses.count(quiz.questions[i].id) > 0;
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

} // namespace

void drawQuiz(ViewContext& ctx) {
    const content::Course* course = ctx.state.openCourse();
    const content::Quiz* quiz = course ? course->findQuiz(ctx.state.quiz.quizId) : nullptr;
    beginPage("quiz");
    if (!quiz) {
        ui::TextWrapped(ctx.tr("course.missing"));
    } else {
        ui::Heading(quiz->title.get(ctx.t.language()));
        if (ctx.state.quiz.starting)
            ui::Muted(ctx.tr("quiz.starting"));
        else if (ctx.state.quiz.reviewing)
            drawReview(ctx, *quiz);
        else
            drawQuestion(ctx, *quiz);
    }
    ImGui::Spacing();
    if (ui::Button(ctx.tr("common.back_course"))) ctx.dispatch(intent::BackToCourse{});
    ui::Muted(ctx.tr("quiz.saved_hint"));
    endPage();
}

} // namespace pelita::kiosk::views
