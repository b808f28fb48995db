#include "import_text.h"

#include "question_reader.h"

#include <pelita/content/quiz_file.h>

namespace pelita::content {

std::string ImportProblem::describe() const {
    std::string out = file + ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
    return out + ": " + message;
}

namespace detail {

namespace {

// The length of the UTF-8 sequence at `at`, or 0 when it is not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8Length(std::string_view s, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char c = byte(at);
    if (c < 0x80) return 1;
    std::size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || at + n > s.size()) return 0;
    for (std::size_t i = 1; i < n; ++i)
        if ((byte(at + i) & 0xC0) != 0x80) return 0;
    const unsigned char second = byte(at + 1);
    if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) || (c == 0xF0 && second < 0x90) ||
        (c == 0xF4 && second > 0x8F))
        return 0;
    return n;
}

} // namespace

std::string normalizedText(std::string_view text, const std::string& fileName) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    int line = 1, column = 1;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8Length(text, i);
        if (n == 0)
            throw ImportFailure{
                {fileName, line, column,
                 "is not UTF-8 text; save the file as UTF-8 (in Moodle's export it always is)"}};
        if (text[i] == '\n')
            ++line, column = 1;
        else
            ++column;
        i += n;
    }
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r')
            out += text[i];
        else if (i + 1 >= text.size() || text[i + 1] != '\n')
            out += '\n';
    }
    return out;
}

std::string optionId(std::size_t index) {
    if (index < 26) return std::string(1, static_cast<char>('a' + index));
    return "o" + std::to_string(index + 1);
}

std::optional<std::string> questionProblem(const Question& question) {
    try {
        const JsonReader reader("import");
        readQuestion(reader, questionToJson(question), "question");
        return std::nullopt;
    } catch (const ContentError& e) {
        const std::string prefix = "question.";
        std::string field = e.field.rfind(prefix, 0) == 0 ? e.field.substr(prefix.size()) : e.field;
        return field.empty() || field == "question" ? e.message : field + ": " + e.message;
    }
}

} // namespace detail
} // namespace pelita::content
