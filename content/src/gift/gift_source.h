#pragma once
// Internal: GIFT text cut into one piece per question, with escapes masked so that
// searching for control characters skips them, and positions mapped back to the file.
#include <string>
#include <vector>

namespace pelita::content::detail::gift {

// One question's lines (blank-line separated, comment lines removed).
struct Chunk {
    std::string raw;           // the text as written, lines joined by "\n"
    std::string masked;        // the same length; escaped pairs ("\{") replaced by '\x01'
    std::vector<int> lines;    // the file line of each line of `raw`
    std::string idFromComment; // from a "// [id:...]" comment just above, if any
};

std::vector<Chunk> splitQuestions(const std::string& text);

struct Position {
    int line = 0, column = 0;
};
// Where byte `offset` of chunk.raw sits in the file (column in characters).
Position positionOf(const Chunk& chunk, std::size_t offset);

// The text between [from, to) of chunk.raw, readable: escapes resolved ("\:" is
// ":", "\n" a line break, "\\" a backslash), indentation after line breaks dropped,
// and trimmed. A "[html]"-style format tag at its start is removed.
std::string cleanText(const std::string& raw, std::size_t from, std::size_t to);

// "html", "moodle", "plain" or "markdown" when raw[from...] starts with "[name]"
// (after spaces); `from` then moves past the tag.
std::string takeFormatTag(const std::string& raw, std::size_t& from, std::size_t to);

} // namespace pelita::content::detail::gift
