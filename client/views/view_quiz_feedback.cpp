// Feedback on one question: the outcome, the feedback the quiz gives for the
// response, and the right answer in words when it was missed.
#include "views/view_quiz.h"

#include "platform/fonts.h"
#include "ui/widgets.h"
#include "views/inline_markdown.h"

#include <pelita/content/quiz_response.h>
#include <pelita/content/scoring.h>
#include <pelita/content/xapi_interaction.h>

#include <imgui.h>

namespace pelita::kiosk::views {

namespace {

constexpr const char* kArrow = " \xE2\x86\x92 "; // →

std::string optionWords(ViewContext& ctx, const content::Question& q, const std::string& id) {
    if (q.type == content::QuestionType::TrueFalse) return ctx.tr(id == "true" ? "quiz.true" : "quiz.false");
    for (const auto& o : q.options)
        if (o.id == id) return plainMarkdown(o.text);
    return id;
}

std::string targetWords(const content::Question& q, const std::string& id) {
    for (const auto& t : q.targets)
        if (t.id == id) return plainMarkdown(t.text);
    return "?";
}

std::string promptWords(const content::Question& q, const std::string& id) {
    for (const auto& p : q.prompts)
        if (p.id == id) return plainMarkdown(p.text);
    return id;
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
    return out;
}

// The right answer in words; "" for essays and surveys, which have none.
std::string rightAnswer(ViewContext& ctx, const content::Question& q) {
    using content::QuestionType;
    std::vector<std::string> parts;
    switch (q.type) {
    case QuestionType::ShortAnswer:
        for (const auto& a : q.answers)
            if (a.weight >= 1) return a.text;
        return "";
    case QuestionType::Numerical:
        for (const auto& n : q.numbers)
            if (n.weight >= 1)
                return n.min == n.max ? content::xapi::formatNumber(n.min)
                                      : content::xapi::formatNumber(n.min) + " \xE2\x80\x93 " +
                                            content::xapi::formatNumber(n.max);
        return "";
    case QuestionType::Matching:
        for (const auto& p : q.prompts) parts.push_back(plainMarkdown(p.text) + kArrow + targetWords(q, p.targetId));
        return joined(parts, "; ");
    case QuestionType::Ordering:
        for (const auto& o : q.options) parts.push_back(plainMarkdown(o.text));
        return joined(parts, kArrow);
    case QuestionType::SingleChoice:
    case QuestionType::TrueFalse:
    case QuestionType::MultipleResponse:
        for (const auto& o : q.options)
            if (content::effectiveWeight(q, o) > 0) parts.push_back(optionWords(ctx, q, o.id));
        return joined(parts, ", ");
    case QuestionType::Essay:
    case QuestionType::Likert: return "";
    }
    return "";
}

const char* outcomeKey(content::Outcome outcome) {
    switch (outcome) {
    case content::Outcome::Right: return "result.question_right";
    case content::Outcome::Partial: return "result.question_partial";
    case content::Outcome::Wrong: return "result.question_wrong";
    case content::Outcome::AwaitingReview: return "result.question_review";
    case content::Outcome::NotScored: return "result.question_survey";
    case content::Outcome::Unanswered: return "result.question_unanswered";
    }
    return "result.question_wrong";
}

} // namespace

std::string describeResponse(ViewContext& ctx, const content::Question& q, const std::string& response) {
    using content::QuestionType;
    std::vector<std::string> parts;
    switch (q.type) {
    case QuestionType::MultipleResponse:
        for (const auto& id : content::splitResponseList(response)) parts.push_back(optionWords(ctx, q, id));
        return joined(parts, ", ");
    case QuestionType::Ordering:
        for (const auto& id : content::splitResponseList(response)) parts.push_back(optionWords(ctx, q, id));
        return joined(parts, kArrow);
    case QuestionType::Matching:
        for (const auto& [p, t] : content::splitMatchResponse(response))
            parts.push_back(promptWords(q, p) + kArrow + targetWords(q, t));
        return joined(parts, "; ");
    case QuestionType::SingleChoice:
    case QuestionType::TrueFalse:
    case QuestionType::Likert: return optionWords(ctx, q, response);
    case QuestionType::ShortAnswer:
    case QuestionType::Numerical:
    case QuestionType::Essay: return response;
    }
    return response;
}

void drawQuestionFeedback(ViewContext& ctx, const content::Question& q, const std::string& response, std::size_t n) {
    const content::QuestionScore score = content::scoreQuestion(q, response);
    ImGui::PushFont(platform::fonts().bold);
    ui::TextWrapped(ctx.t.format(outcomeKey(score.outcome), {{"n", std::to_string(n)}}));
    ImGui::PopFont();
    if (!response.empty() && q.type != content::QuestionType::Essay)
        ui::TextWrapped(ctx.t.format("result.your_answer", {{"answer", describeResponse(ctx, q, response)}}));
    if (!score.feedback.empty()) ui::Muted(plainMarkdown(score.feedback));
    const std::string right = rightAnswer(ctx, q);
    if (score.outcome != content::Outcome::Right && !right.empty())
        ui::TextWrapped(ctx.t.format("result.right_answer", {{"answer", right}}));
    if (!q.feedback.empty()) ui::Muted(plainMarkdown(q.feedback));
}

} // namespace pelita::kiosk::views
