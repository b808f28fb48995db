#include "views/lesson_blocks.h"

#include "platform/fonts.h"
#include "platform/style.h"
#include "platform/textures.h"
#include "ui/screen_text.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cstdint>

namespace pelita::kiosk::views {

namespace {

using content::Block;
using content::BlockKind;

// In multiples of the body font size, so indents grow with the text.
constexpr float kQuoteIndentEm = 1.3f;
constexpr float kListIndentEm = 1.5f;
constexpr float kCodePaddingEm = 0.6f;

float em() { return platform::fonts().body->FontSize; }

// Where a list item's text starts: room for its marker, one step in per level.
float listTextIndent(int level) {
    return (kListIndentEm * static_cast<float>(std::max(1, level) - 1) + 1.8f) * em();
}

ImU32 color(const float (&rgba)[4]) {
    return ImGui::GetColorU32(ImVec4(rgba[0], rgba[1], rgba[2], rgba[3]));
}

void drawCode(const Block& block, float width) {
    std::string text = block.plainText();
    while (!text.empty() && text.back() == '\n') text.pop_back();
    const float pad = kCodePaddingEm * em();
    ImFont* mono = platform::fonts().mono;
    ImGui::PushFont(mono);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width - 2 * pad);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + size.y + 2 * pad),
                                              color(platform::readingColors().codeBackground), 6.0f);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + pad));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad);
    ui::continueTextCapture();
    ImGui::TextUnformatted(text.c_str()); // spaces and line breaks kept: code is laid out by its author
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + size.y + 2 * pad));
    ImGui::Dummy(ImVec2(width, 0));
}

void drawImage(const Block& block, float width, LessonCanvas& canvas) {
    const auto found = canvas.images.find(block.source);
    if (found == canvas.images.end() || found->second.loading) {
        ui::Muted(canvas.imageLoading);
        return;
    }
    const LessonImage& image = found->second;
    std::uint64_t texture = image.shown() ? canvas.textures.find(block.source) : 0;
    if (image.shown() && !texture) {
        canvas.dispatch(intent::ImageNeeded{canvas.lessonId, block.source});
        ui::Muted(canvas.imageLoading);
        return;
    }
    if (!image.problem.empty()) {
        // A clear note where the picture should be, so the trainer can fix the course.
        const float pad = 0.5f * em();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::Indent(pad);
        ImGui::Dummy(ImVec2(0, pad / 2));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad);
        ui::TextWrapped(canvas.imageProblem(image.problem));
        ImGui::PopTextWrapPos();
        ImGui::Dummy(ImVec2(0, pad / 2));
        ImGui::Unindent(pad);
        const ImVec2 bottom(at.x + width, ImGui::GetItemRectMax().y);
        ImGui::GetWindowDrawList()->AddRect(at, bottom, color(platform::readingColors().quoteBar), 4.0f, 0, 2.0f);
        return;
    }
    if (!texture) {
        texture = canvas.textures.texture(block.source, image.width, image.height, image.rgba->data());
        if (texture) canvas.dispatch(intent::ImageShown{canvas.lessonId, block.source});
    }
    // Never wider than the column; small pictures grow with the text, up to it.
    const float scale = platform::fonts().scale;
    const float shown = std::min(width, static_cast<float>(image.width) * scale);
    const float height = shown * static_cast<float>(image.height) / static_cast<float>(image.width);
    if (texture)
        ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture)), ImVec2(shown, height));
}

void drawTable(const std::vector<Block>& blocks, std::size_t& i, LessonCanvas& canvas, std::vector<float>& tops) {
    std::size_t columns = 1;
    for (std::size_t r = i; r < blocks.size() && blocks[r].kind == BlockKind::TableRow; ++r)
        columns = std::max(columns, blocks[r].cells.size());
    const std::string id = "table" + std::to_string(i);
    const auto flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    const bool open = ImGui::BeginTable(id.c_str(), static_cast<int>(columns), flags);
    for (; i < blocks.size() && blocks[i].kind == BlockKind::TableRow; ++i) {
        if (!open) {
            tops.push_back(ImGui::GetCursorPosY());
            continue;
        }
        const Block& row = blocks[i];
        ImGui::TableNextRow(row.headerRow ? ImGuiTableRowFlags_Headers : 0);
        for (std::size_t c = 0; c < columns; ++c) {
            ImGui::TableSetColumnIndex(static_cast<int>(c));
            if (c == 0) tops.push_back(ImGui::GetCursorPosY());
            if (c >= row.cells.size()) continue;
            Faces faces = bodyFaces();
            if (row.headerRow) faces.regular = faces.italic = platform::fonts().bold;
            drawStyledText(row.cells[c], faces, ImGui::GetContentRegionAvail().x, static_cast<int>(i * 64 + c),
                           canvas.links);
        }
    }
    if (open) ImGui::EndTable();
    --i; // the caller's loop steps past the last row
}

void drawBlock(const Block& block, float width, LessonCanvas& canvas, int id) {
    switch (block.kind) {
    case BlockKind::Heading:
        ImGui::Dummy(ImVec2(0, 0.4f * em()));
        drawStyledText(block.spans, headingFaces(block.level), width, id, canvas.links);
        break;
    case BlockKind::Paragraph: {
        // A list item's second paragraph lines up with the item's text.
        const float indent = block.level > 0 ? listTextIndent(block.level) : 0.0f;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
        drawStyledText(block.spans, bodyFaces(), width - indent, id, canvas.links);
        break;
    }
    case BlockKind::ListItem: {
        const float textIndent = listTextIndent(block.level);
        const ImVec2 at = ImGui::GetCursorPos();
        // The marker sits on the text's first line, right-aligned before it.
        const float markerWidth = ImGui::CalcTextSize(block.marker.c_str()).x;
        ImGui::SetCursorPos(ImVec2(at.x + textIndent - markerWidth - 0.5f * em(), at.y + em() * 0.2f));
        ui::TextWrapped(block.marker);
        ImGui::SetCursorPos(ImVec2(at.x + textIndent, at.y));
        drawStyledText(block.spans, bodyFaces(), width - textIndent, id, canvas.links);
        break;
    }
    case BlockKind::Code: drawCode(block, width); break;
    case BlockKind::Rule:
        ImGui::Dummy(ImVec2(0, 0.3f * em()));
        ImGui::Separator();
        ImGui::Dummy(ImVec2(0, 0.3f * em()));
        break;
    case BlockKind::Image: drawImage(block, width, canvas); break;
    case BlockKind::TableRow: break; // drawn a table at a time, by drawTable
    }
}

} // namespace

void drawBlocks(const std::vector<Block>& blocks, float width, LessonCanvas& canvas, std::vector<float>& tops,
                float& end) {
    tops.clear();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind == BlockKind::TableRow) {
            drawTable(blocks, i, canvas, tops);
            continue;
        }
        tops.push_back(ImGui::GetCursorPosY());
        const Block& block = blocks[i];
        if (!block.inQuote) {
            drawBlock(block, width, canvas, static_cast<int>(i));
            continue;
        }
        // A quote: a bar down its left side and its text indented past it.
        const float indent = kQuoteIndentEm * em();
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::Indent(indent);
        drawBlock(block, width - indent, canvas, static_cast<int>(i));
        ImGui::Unindent(indent);
        const float bottom = ImGui::GetItemRectMax().y;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x, top.y), ImVec2(top.x + 0.25f * em(), bottom),
                                                  color(platform::readingColors().quoteBar));
    }
    end = ImGui::GetCursorPosY();
}

} // namespace pelita::kiosk::views
