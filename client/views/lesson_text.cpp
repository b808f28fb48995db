#include "views/lesson_text.h"

#include "platform/fonts.h"
#include "platform/style.h"
#include "ui/screen_text.h"
#include "ui/span_flow.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

namespace pelita::kiosk::views {

namespace {

// Body text at 1.4 lines: long paragraphs are easier to follow for older eyes.
constexpr float kLineSpacing = 1.4f;

enum Face { kRegular, kBold, kItalic, kBoldItalic, kCode };

int faceOf(const content::TextSpan& span) {
    if (span.code) return kCode;
    if (span.bold && span.italic) return kBoldItalic;
    if (span.bold) return kBold;
    return span.italic ? kItalic : kRegular;
}

ImFont* fontOf(const Faces& faces, int face) {
    ImFont* const all[] = {faces.regular, faces.bold, faces.italic, faces.boldItalic, faces.code};
    return all[face];
}

ImU32 color(const float (&rgba)[4]) {
    return ImGui::GetColorU32(ImVec4(rgba[0], rgba[1], rgba[2], rgba[3]));
}

// The words of the link that `spans[i]` belongs to, across neighbouring spans:
// what automation and the tooltip call it.
std::string linkWords(const std::vector<content::TextSpan>& spans, std::size_t i) {
    std::size_t first = i, last = i;
    while (first > 0 && spans[first - 1].link == spans[i].link) --first;
    while (last + 1 < spans.size() && spans[last + 1].link == spans[i].link) ++last;
    std::string words;
    for (std::size_t k = first; k <= last; ++k) words += spans[k].text;
    return words;
}

} // namespace

Faces bodyFaces() {
    const auto& f = platform::fonts();
    return {f.body, f.bold, f.italic, f.boldItalic, f.mono};
}

Faces headingFaces(int level) {
    const auto& f = platform::fonts();
    ImFont* font = level <= 1 ? f.heading : level == 2 ? f.subheading : f.minorHeading;
    return {font, font, font, font, font};
}

void drawStyledText(const std::vector<content::TextSpan>& spans, const Faces& faces, float width, int id,
                    LinkHandlers& links) {
    std::vector<ui::FlowSpan> flow;
    flow.reserve(spans.size());
    for (const auto& span : spans) flow.push_back({span.text, faceOf(span)});
    const auto layout = ui::flowSpans(flow, width, [&](int face, std::string_view text) {
        ImFont* font = fontOf(faces, face);
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
    });
    ImFont* base = faces.regular;
    const float lineHeight = base->FontSize * kLineSpacing;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const auto& colors = platform::readingColors();
    ui::continueTextCapture();
    ImGui::PushID(id);
    for (std::size_t r = 0; r < layout.runs.size(); ++r) {
        const ui::FlowRun& run = layout.runs[r];
        const content::TextSpan& span = spans[run.span];
        ImFont* font = fontOf(faces, flow[run.span].face);
        const float top = origin.y + static_cast<float>(run.line) * lineHeight;
        // Faces of different sizes share the baseline of the regular face.
        const ImVec2 at(origin.x + run.x, top + (lineHeight - base->FontSize) / 2 + base->Ascent - font->Ascent);
        const ImVec2 end(at.x + run.width, at.y + font->FontSize);
        if (!ImGui::IsRectVisible(ImVec2(at.x, top), ImVec2(end.x, top + lineHeight))) continue;
        const char* text = span.text.c_str();
        if (span.code)
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(end.x + 2, end.y),
                                                      color(colors.codeBackground), 3.0f);
        const bool isLink = !span.link.empty();
        if (isLink) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color(colors.link)));
        ImGui::PushFont(font);
        ImGui::RenderText(at, text + run.begin, text + run.end, false);
        ImGui::PopFont();
        if (!isLink) continue;
        ImGui::PopStyleColor();
        // Underlined, as links are everywhere: colour alone is not enough.
        const float underline = std::max(1.0f, font->FontSize / 14);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, end.y), ImVec2(end.x, end.y), color(colors.link), underline);
        ImGui::SetCursorScreenPos(ImVec2(at.x, top));
        ImGui::PushID(static_cast<int>(r));
        const bool clicked = ImGui::InvisibleButton("link", ImVec2(std::max(1.0f, run.width), lineHeight));
        ImGui::PopID();
        const std::string words = linkWords(spans, run.span);
        ui::recordLastItem(words.c_str(), "button");
        const bool entered = links.keys.lastItem();
        if (ImGui::IsItemHovered()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (links.hovered) links.hovered(span.link);
        }
        if ((clicked || entered) && links.open) links.open(span.link);
    }
    ImGui::PopID();
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, static_cast<float>(layout.lines) * lineHeight));
}

} // namespace pelita::kiosk::views
