#include <pelita/content/lesson_document.h>

#include <md4c.h>

namespace pelita::content {

std::string Block::plainText() const {
    std::string out;
    for (const auto& s : spans) out += s.text;
    for (const auto& cell : cells) {
        if (!out.empty()) out += " | ";
        for (const auto& s : cell) out += s.text;
    }
    return out;
}

namespace {

struct ListLevel {
    bool ordered = false;
    unsigned next = 1;
};

// Walks md4c's callbacks, keeping the open block and the current inline style.
struct Builder {
    LessonDocument doc;
    std::vector<ListLevel> lists;
    int quoteDepth = 0;
    int bold = 0, italic = 0, code = 0;
    std::vector<std::string> links;
    std::ptrdiff_t openIndex = -1;  // the block that receives text; an index, as blocks may reallocate

    Block* open() { return openIndex < 0 ? nullptr : &doc.blocks[static_cast<std::size_t>(openIndex)]; }
    void close() { openIndex = -1; }
    bool inHead = false;

    Block& startBlock(BlockKind kind) {
        Block b;
        b.kind = kind;
        b.inQuote = quoteDepth > 0;
        b.level = static_cast<int>(lists.size());
        doc.blocks.push_back(std::move(b));
        openIndex = static_cast<std::ptrdiff_t>(doc.blocks.size()) - 1;
        return doc.blocks.back();
    }

    void enterBlock(MD_BLOCKTYPE type, void* detail) {
        switch (type) {
        case MD_BLOCK_QUOTE: ++quoteDepth; break;
        case MD_BLOCK_UL: lists.push_back({false, 1}); break;
        case MD_BLOCK_OL: lists.push_back({true, static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start}); break;
        case MD_BLOCK_LI: {
            Block& b = startBlock(BlockKind::ListItem);
            auto& list = lists.back();
            b.marker = list.ordered ? std::to_string(list.next++) + "." : "\xE2\x80\xA2"; // bullet
            break;
        }
        case MD_BLOCK_H: startBlock(BlockKind::Heading).level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level); break;
        case MD_BLOCK_P:
            // A loose list item's first paragraph belongs to the item itself.
            if (!(open() && open()->kind == BlockKind::ListItem && open()->spans.empty())) startBlock(BlockKind::Paragraph);
            break;
        case MD_BLOCK_CODE: startBlock(BlockKind::Code); break;
        case MD_BLOCK_HR: startBlock(BlockKind::Rule); close(); break;
        case MD_BLOCK_HTML: close(); break; // raw HTML is never shown
                case MD_BLOCK_THEAD: inHead = true; break;
        case MD_BLOCK_TR: startBlock(BlockKind::TableRow).headerRow = inHead; break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (open() && open()->kind == BlockKind::TableRow) open()->cells.emplace_back();
            break;
        default: break;
        }
    }

    void leaveBlock(MD_BLOCKTYPE type) {
        switch (type) {
        case MD_BLOCK_QUOTE: --quoteDepth; break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: lists.pop_back(); break;
        case MD_BLOCK_TABLE: close(); break;
        case MD_BLOCK_THEAD: inHead = false; break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
        case MD_BLOCK_TR: break;
        default: close(); break;
        }
    }

    void text(MD_TEXTTYPE type, std::string_view s) {
        Block* block = open();
        if (!block || type == MD_TEXT_HTML) return;
        std::vector<TextSpan>& spans = block->kind == BlockKind::TableRow
                                           ? (block->cells.empty() ? block->cells.emplace_back() : block->cells.back())
                                           : block->spans;
        std::string piece(s);
        if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) piece = type == MD_TEXT_BR ? "\n" : " ";
        if (type == MD_TEXT_NULLCHAR) piece = "\xEF\xBF\xBD";
        if (type == MD_TEXT_ENTITY) piece = decodeEntity(piece);
        TextSpan span{std::move(piece), bold > 0, italic > 0, code > 0 || type == MD_TEXT_CODE,
                      links.empty() ? std::string() : links.back()};
        // Merge with the previous span when the style is the same, so words stay together.
        if (!spans.empty() && spans.back().bold == span.bold && spans.back().italic == span.italic &&
            spans.back().code == span.code && spans.back().link == span.link)
            spans.back().text += span.text;
        else
            spans.push_back(std::move(span));
    }

    static std::string decodeEntity(const std::string& e) {
        if (e == "&amp;") return "&";
        if (e == "&lt;") return "<";
        if (e == "&gt;") return ">";
        if (e == "&quot;") return "\"";
        if (e == "&nbsp;") return "\xC2\xA0";
        return e;
    }
};

std::string attribute(const MD_ATTRIBUTE& a) { return std::string(a.text, a.size); }

} // namespace

LessonDocument parseLesson(std::string_view markdown) {
    Builder builder;
    MD_PARSER parser{};
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { static_cast<Builder*>(u)->enterBlock(t, d); return 0; };
    parser.leave_block = [](MD_BLOCKTYPE t, void*, void* u) { static_cast<Builder*>(u)->leaveBlock(t); return 0; };
    parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) {
        auto* b = static_cast<Builder*>(u);
        if (t == MD_SPAN_STRONG) ++b->bold;
        if (t == MD_SPAN_EM) ++b->italic;
        if (t == MD_SPAN_CODE) ++b->code;
        if (t == MD_SPAN_A) b->links.push_back(attribute(static_cast<MD_SPAN_A_DETAIL*>(d)->href));
        if (t == MD_SPAN_IMG) {
            Block img;
            img.kind = BlockKind::Image;
            img.source = attribute(static_cast<MD_SPAN_IMG_DETAIL*>(d)->src);
            b->doc.blocks.push_back(std::move(img));
            b->close(); // the image's alt text is not shown as text
        }
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE t, void*, void* u) {
        auto* b = static_cast<Builder*>(u);
        if (t == MD_SPAN_STRONG) --b->bold;
        if (t == MD_SPAN_EM) --b->italic;
        if (t == MD_SPAN_CODE) --b->code;
        if (t == MD_SPAN_A && !b->links.empty()) b->links.pop_back();
        return 0;
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
        static_cast<Builder*>(u)->text(t, std::string_view(s, n));
        return 0;
    };
    md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &builder);
    return std::move(builder.doc);
}

} // namespace pelita::content
