#pragma once
// A lesson's Markdown parsed (with md4c) into blocks of styled text that a view
// can lay out. Pure data; any thread. Parse on a worker, draw on the UI thread.
#include <string>
#include <string_view>
#include <vector>

namespace pelita::content {

struct TextSpan {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool code = false;
    std::string link;                 // target of a link, if the span is inside one
};

enum class BlockKind { Heading, Paragraph, ListItem, Code, TableRow, Rule, Image };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;                    // heading level 1..6, or list depth from 1
    std::string marker;               // a list item's "1." or "•"
    bool inQuote = false;             // inside a block quote
    bool headerRow = false;           // a table's header row
    std::vector<TextSpan> spans;      // the text, for everything but table rows
    std::vector<std::vector<TextSpan>> cells; // a table row's cells
    std::string source;               // an image's path, relative to the lesson

    // All span text run together, for searching and plain rendering.
    std::string plainText() const;
};

struct LessonDocument {
    std::vector<Block> blocks;
};

// CommonMark with GitHub tables. Raw HTML is dropped, never shown or run.
LessonDocument parseLesson(std::string_view markdown);

} // namespace pelita::content
