// One control per question type. Each shows the response it is given and sends
// the whole new response (quiz_response.h form) when the learner changes it.
#include "views/view_quiz.h"

#include "ui/widgets.h"
#include "ui/widgets_quiz.h"
#include "views/inline_markdown.h"

#include <pelita/content/quiz_response.h>
#include <pelita/content/scoring.h>

#include <imgui.h>

#include <algorithm>
#include <map>
#include <set>

namespace pelita::kiosk::views {

namespace {

struct Control {
    ViewContext& ctx;
    const content::Question& q;
    const content::DrawnQuestion& drawn;
    const std::string& response;
    bool compose;

    // Choices are saved as made, unless the quiz checks each answer (compose).
    void choose(const std::string& r) const {
        if (compose)
            ctx.dispatch(intent::Draft{q.id, r});
        else
            ctx.dispatch(intent::Answer{q.id, r});
    }
    std::string id(const std::string& part) const { return "##" + q.id + "." + part; }
};

const content::Option* optionNamed(const content::Question& q, const std::string& id) {
    for (const auto& o : q.options)
        if (o.id == id) return &o;
    return nullptr;
}

std::vector<std::string> shownOrder(const Control& c) {
    if (!c.drawn.order.empty()) return c.drawn.order;
    std::vector<std::string> ids;
    for (const auto& o : c.q.options) ids.push_back(o.id);
    return ids;
}

std::string optionText(ViewContext& ctx, const content::Question& q, const content::Option& o) {
    if (q.type == content::QuestionType::TrueFalse) return ctx.tr(o.id == "true" ? "quiz.true" : "quiz.false");
    return plainMarkdown(o.text);
}

void drawChoice(const Control& c, bool inRow) {
    bool first = true;
    for (const auto& id : shownOrder(c)) {
        const content::Option* o = optionNamed(c.q, id);
        if (!o) continue;
        const std::string label = optionText(c.ctx, c.q, *o) + c.id(id);
        // A scale reads left to right while it fits the line.
        if (inRow && !first) {
            const float need = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetFrameHeight() * 2;
            const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
            if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + need < right) ImGui::SameLine();
        }
        first = false;
        const bool active = c.response == id;
        if (ui::RadioButton(label.c_str(), active) && !active) c.choose(id);
    }
}

void drawMultiple(const Control& c) {
    ui::Muted(c.ctx.tr("quiz.pick_all"));
    const auto chosenList = content::splitResponseList(c.response);
    const std::set<std::string> chosen(chosenList.begin(), chosenList.end());
    for (const auto& id : shownOrder(c)) {
        const content::Option* o = optionNamed(c.q, id);
        if (!o) continue;
        bool on = chosen.count(id) > 0;
        if (!ui::Checkbox((optionText(c.ctx, c.q, *o) + c.id(id)).c_str(), &on)) continue;
        std::vector<std::string> next;
        for (const auto& other : shownOrder(c))
            if (other == id ? on : chosen.count(other) > 0) next.push_back(other);
        c.choose(content::joinResponseList(next));
    }
}

// Short answer and numerical: typing makes a draft; Enter saves it.
void drawTyped(const Control& c, const char* fieldKey) {
    std::string text = c.response;
    const std::string label = std::string(c.ctx.tr(fieldKey)) + c.id("text");
    const bool enter = ui::LabelledInput(label.c_str(), &text, ImGuiInputTextFlags_EnterReturnsTrue);
    if (text != c.response) c.ctx.dispatch(intent::Draft{c.q.id, text});
    if (enter && !c.compose) c.ctx.dispatch(intent::Answer{c.q.id, text});
    if (c.q.type == content::QuestionType::Numerical) {
        const bool bad = !text.empty() && !content::parseLearnerNumber(text);
        ui::Muted(c.ctx.tr(bad ? "quiz.not_a_number" : "quiz.number_hint"));
    } else {
        ui::Muted(c.ctx.tr("quiz.text_hint"));
    }
}

void drawEssay(const Control& c) {
    std::string text = c.response;
    ui::TextWrapped(c.ctx.tr("quiz.essay_field"));
    const std::string label = std::string(c.ctx.tr("quiz.essay_field")) + c.id("essay");
    if (ui::InputMultiline(label.c_str(), &text, 8) && text != c.response)
        c.ctx.dispatch(intent::Draft{c.q.id, text});
    ui::Muted(c.ctx.tr("quiz.essay_hint"));
}

void drawMatching(const Control& c) {
    std::map<std::string, std::string> pairs;
    for (const auto& [prompt, target] : content::splitMatchResponse(c.response)) pairs[prompt] = target;
    for (const auto& p : c.q.prompts) {
        const std::string promptText = plainMarkdown(p.text);
        ui::TextWrapped(promptText);
        std::string preview = c.ctx.tr("quiz.choose");
        for (const auto& t : c.q.targets)
            if (pairs.count(p.id) && pairs[p.id] == t.id) preview = plainMarkdown(t.text);
        if (!ui::BeginCombo((promptText + c.id(p.id)).c_str(), preview.c_str())) continue;
        for (const auto& targetId : c.drawn.order) {
            auto t = std::find_if(c.q.targets.begin(), c.q.targets.end(), [&](const auto& x) { return x.id == targetId; });
            if (t == c.q.targets.end()) continue;
            const bool selected = pairs.count(p.id) && pairs[p.id] == t->id;
            if (!ui::Selectable((plainMarkdown(t->text) + c.id(p.id + "." + t->id)).c_str(), selected)) continue;
            auto next = pairs;
            next[p.id] = t->id;
            std::vector<content::MatchedPair> list;
            for (const auto& prompt : c.q.prompts)
                if (next.count(prompt.id)) list.emplace_back(prompt.id, next[prompt.id]);
            c.choose(content::joinMatchResponse(list));
        }
        ui::EndCombo();
    }
}

// Up/down beside each item. "Up" on the first item (and "down" on the last) keeps
// the order but still gives it as the answer, as "this order is right" does.
void drawOrdering(const Control& c) {
    std::vector<std::string> order = content::splitResponseList(c.response);
    if (order.size() != c.q.options.size()) order = shownOrder(c);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const content::Option* o = optionNamed(c.q, order[i]);
        if (!o) continue;
        const std::string text = plainMarkdown(o->text);
        std::vector<std::string> next = order;
        const bool up = ui::NamedButton(c.ctx.tr("quiz.move_up"), c.ctx.t.format("quiz.move_up_named", {{"item", text}}));
        ImGui::SameLine();
        const bool down =
            ui::NamedButton(c.ctx.tr("quiz.move_down"), c.ctx.t.format("quiz.move_down_named", {{"item", text}}));
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ui::TextWrapped(std::to_string(i + 1) + ".  " + text);
        if (up && i > 0) std::swap(next[i], next[i - 1]);
        if (down && i + 1 < next.size()) std::swap(next[i], next[i + 1]);
        if (up || down) c.choose(content::joinResponseList(next));
    }
    if (c.response.empty() && ui::Button((std::string(c.ctx.tr("quiz.keep_order")) + c.id("keep")).c_str()))
        c.choose(content::joinResponseList(order));
}

} // namespace

void drawAnswerControl(ViewContext& ctx, const content::Question& question, const content::DrawnQuestion& drawn,
                       const std::string& response, bool locked, bool compose) {
    using content::QuestionType;
    const Control c{ctx, question, drawn, response, compose};
    ui::TouchSized touch;
    if (locked) ImGui::BeginDisabled();
    switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::TrueFalse: drawChoice(c, false); break;
    case QuestionType::Likert: drawChoice(c, true); break;
    case QuestionType::MultipleResponse: drawMultiple(c); break;
    case QuestionType::ShortAnswer: drawTyped(c, "quiz.answer_field"); break;
    case QuestionType::Numerical: drawTyped(c, "quiz.number_field"); break;
    case QuestionType::Matching: drawMatching(c); break;
    case QuestionType::Ordering: drawOrdering(c); break;
    case QuestionType::Essay: drawEssay(c); break;
    }
    if (locked) ImGui::EndDisabled();
}

} // namespace pelita::kiosk::views
