// The question around the answer block: title, text format, stem (with the blank of
// a missing-word question), and which type the block makes it (Moodle's order).
#include "gift_question.h"

#include "gift_answers.h"
#include "quiz/import_text.h"

namespace pelita::content::detail::gift {

namespace {

[[noreturn]] void fail(const Chunk& chunk, const std::string& file, std::size_t offset,
                       const std::string& message) {
    const Position at = positionOf(chunk, offset);
    throw ImportFailure{{file, at.line, at.column, message}};
}

ImportProblem warningAt(const Chunk& chunk, const std::string& file, std::size_t offset,
                        std::string message) {
    const Position at = positionOf(chunk, offset);
    return {file, at.line, at.column, std::move(message)};
}

std::size_t skipSpace(const std::string& text, std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n'))
        ++at;
    return at;
}

} // namespace

ChunkResult readChunk(const Chunk& chunk, const std::string& file) {
    const std::string& raw = chunk.raw;
    const std::string& masked = chunk.masked;
    ChunkResult result;
    std::size_t at = skipSpace(raw, 0);
    if (raw.compare(at, 10, "$CATEGORY:") == 0) {
        result.warnings.push_back(warningAt(chunk, file, at,
                                            "category \"" + cleanText(raw, at + 10, raw.size()) +
                                                "\" ignored: a Pelita quiz has no categories (use pools)"));
        return result;
    }

    Question q;
    if (masked.compare(at, 2, "::") == 0) {
        const std::size_t end = masked.find("::", at + 2);
        if (end == std::string::npos)
            fail(chunk, file, at, "the title opened with \"::\" is never closed with \"::\"");
        q.title = cleanText(raw, at + 2, end);
        at = end + 2;
    }
    const std::string format = takeFormatTag(raw, at, raw.size());

    const std::size_t open = masked.find('{', at);
    const std::size_t stray = masked.find('}', at);
    if (open == std::string::npos) {
        if (stray != std::string::npos)
            fail(chunk, file, stray, "\"}\" without \"{\" (write \\} for a brace)");
        const std::string name = q.title.empty() ? "" : " \"" + q.title + "\"";
        result.warnings.push_back(warningAt(chunk, file, 0,
                                            "description" + name + " (text without an answer block) skipped: Pelita "
                                            "quizzes hold questions only; put such text in a lesson"));
        return result;
    }
    const std::size_t close = masked.find('}', open + 1);
    if (close == std::string::npos)
        fail(chunk, file, open,
             "the answer block opened here is never closed with \"}\" (questions are separated "
             "by blank lines, so a blank line cannot sit inside one)");
    if (stray < open) fail(chunk, file, stray, "\"}\" without \"{\" (write \\} for a brace)");
    if (const auto inner = masked.find('{', open + 1); inner < close)
        fail(chunk, file, inner, "\"{\" inside an answer block (write \\{ for a brace)");
    if (const auto second = masked.find_first_of("{}", close + 1); second != std::string::npos)
        fail(chunk, file, second, "a question has one answer block; write \\{ and \\} for braces in text");

    const std::string before = cleanText(raw, at, open);
    const std::string after = cleanText(raw, close + 1, raw.size());
    // Text after the block makes it a missing-word question: the block is a blank.
    q.stem = after.empty() ? before : before + " _____ " + after;
    if (q.stem.empty()) fail(chunk, file, at, "the question has no text before its answer block");
    if (format == "html")
        result.warnings.push_back(warningAt(chunk, file, at, "[html] text kept as HTML inside Markdown"));

    readAnswerBlock(q, BlockSource{chunk, file, open + 1, close});
    q.id = "imported"; // the caller numbers the questions it keeps
    if (auto invalid = questionProblem(q))
        result.warnings.push_back(warningAt(chunk, file, open, "question skipped: " + *invalid));
    else
        result.question = std::move(q);
    return result;
}

} // namespace pelita::content::detail::gift
