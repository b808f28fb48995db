// A lesson: its Markdown drawn as headings, paragraphs, lists, quotes and tables.
#include "views/views.h"

#include "platform/fonts.h"
#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>

namespace pelita::kiosk::views {

namespace {

using content::Block;
using content::BlockKind;

void drawTable(const std::vector<Block>& blocks, std::size_t& i) {
    const std::size_t columns = std::max<std::size_t>(1, blocks[i].cells.size());
    const std::string id = "table" + std::to_string(i);
    if (ImGui::BeginTable(id.c_str(), static_cast<int>(columns), ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        for (; i < blocks.size() && blocks[i].kind == BlockKind::TableRow; ++i) {
            const Block& row = blocks[i];
            ImGui::TableNextRow();
            if (row.headerRow) ImGui::PushFont(platform::fonts().bold);
            for (std::size_t c = 0; c < row.cells.size() && c < columns; ++c) {
                ImGui::TableSetColumnIndex(static_cast<int>(c));
                std::string text;
                for (const auto& span : row.cells[c]) text += span.text;
                ui::TextWrapped(text);
            }
            if (row.headerRow) ImGui::PopFont();
        }
        ImGui::EndTable();
    }
    --i; // the caller's loop steps past the last row
}

void drawBlock(const Block& block) {
    const auto& fonts = platform::fonts();
    const float indent = block.inQuote ? 28.0f : 0.0f;
    if (indent > 0) ImGui::Indent(indent);
    switch (block.kind) {
    case BlockKind::Heading:
        ImGui::Spacing();
        ImGui::PushFont(block.level <= 1 ? fonts.heading : fonts.bold);
        ui::TextWrapped(block.plainText());
        ImGui::PopFont();
        break;
    case BlockKind::Paragraph:
        if (block.inQuote) ImGui::PushFont(fonts.italic);
        ui::TextWrapped(block.plainText());
        if (block.inQuote) ImGui::PopFont();
        break;
    case BlockKind::ListItem: {
        const float step = 32.0f * static_cast<float>(std::max(1, block.level));
        ImGui::Indent(step);
        ui::TextWrapped(block.marker + " " + block.plainText());
        ImGui::Unindent(step);
        break;
    }
    case BlockKind::Code:
        ImGui::PushFont(fonts.small);
        ui::TextWrapped(block.plainText());
        ImGui::PopFont();
        break;
    case BlockKind::Rule: ImGui::Separator(); break;
    case BlockKind::Image:
    case BlockKind::TableRow: break; // images come with the lesson player; tables are drawn by drawTable
    }
    if (indent > 0) ImGui::Unindent(indent);
}

} // namespace

void drawLesson(ViewContext& ctx) {
    const content::Course* course = ctx.state.openCourse();
    const content::Lesson* lesson = course ? course->findLesson(ctx.state.lesson.lessonId) : nullptr;
    beginPage("lesson");
    if (!lesson) {
        ui::TextWrapped(ctx.tr("course.missing"));
    } else if (ctx.state.lesson.loading) {
        ui::Muted(ctx.tr("lesson.loading"));
    } else {
        ui::Muted(course->title.get(ctx.t.language()) + "  \xC2\xB7  " + lesson->title.get(ctx.t.language()));
        const auto& blocks = ctx.state.lesson.document.blocks;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            if (blocks[i].kind == BlockKind::TableRow)
                drawTable(blocks, i);
            else
                drawBlock(blocks[i]);
        }
        ImGui::Spacing();
        ImGui::Separator();
        if (ui::BigButton(ctx.tr("lesson.finish"))) ctx.dispatch(intent::FinishLesson{});
    }
    if (ui::Button(ctx.tr("common.back_course"))) ctx.dispatch(intent::BackToCourse{});
    endPage();
}

} // namespace pelita::kiosk::views
