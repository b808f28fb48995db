// Aiken, as Moodle reads it: question text lines, then options "A) text" or
// "A. text", then "ANSWER: A". Blank lines between questions are optional.
#include "quiz/answer_matching.h"
#include "quiz/import_text.h"

#include <optional>
#include <pelita/content/aiken.h>

namespace pelita::content {

namespace {

bool isLetter(char c) {
    return c >= 'A' && c <= 'Z';
}

// "B) text" / "B. text": the letter, else nullopt.
std::optional<char> optionLetter(std::string_view line) {
    if (line.size() >= 3 && isLetter(line[0]) && (line[1] == ')' || line[1] == '.') &&
        (line[2] == ' ' || line[2] == '\t'))
        return line[0];
    return std::nullopt;
}

// "B text" or "B-text" where an option was expected: an option without its separator.
bool looksLikeOption(std::string_view line) {
    return line.size() >= 2 && isLetter(line[0]) &&
           (line[1] == ' ' || line[1] == '\t' || line[1] == '-' || line[1] == ':');
}

class AikenReader {
public:
    explicit AikenReader(std::string file) : file_(std::move(file)) {}

    void line(std::string_view text, int number) {
        if (text.empty()) return;
        if (text.rfind("ANSWER:", 0) == 0) return answer(text, number);
        if (auto letter = optionLetter(text)) {
            if (stemLine_ == 0) fail(number, 1, "an option comes before any question text");
            const std::string optionText(detail::trimmed(text.substr(3)));
            if (optionText.empty()) fail(number, 4, "option " + std::string(1, *letter) + " has no text");
            current_.options.push_back(
                {std::string(1, static_cast<char>(*letter - 'A' + 'a')), optionText, false, ""});
            letters_ += *letter;
            return;
        }
        if (!current_.options.empty()) {
            if (looksLikeOption(text))
                fail(number, 2,
                     "option " + std::string(1, text[0]) +
                         " needs \")\" or \".\" and a space after its "
                         "letter, e.g. \"" +
                         std::string(1, text[0]) + ") ...\"");
            fail(number, 1, "expected another option such as \"C) ...\" or the line \"ANSWER: A\"");
        }
        if (stemLine_ == 0) stemLine_ = number;
        current_.stem += (current_.stem.empty() ? "" : "\n") + std::string(text);
    }

    ImportResult finish(int lastLine) {
        if (stemLine_ != 0)
            fail(stemLine_, 1,
                 "this question has no \"ANSWER: X\" line (checked to line " + std::to_string(lastLine) +
                     ")");
        return std::move(result_);
    }

private:
    [[noreturn]] void fail(int line, int column, std::string message) const {
        throw detail::ImportFailure{{file_, line, column, std::move(message)}};
    }

    void answer(std::string_view text, int number) {
        if (stemLine_ == 0) fail(number, 1, "\"ANSWER:\" comes before any question");
        if (current_.options.size() < 2)
            fail(stemLine_, 1,
                 "this question needs at least two options, found " +
                     std::to_string(current_.options.size()));
        const std::string_view letter = detail::trimmed(text.substr(7));
        const auto at = letter.size() == 1 ? letters_.find(letter[0]) : std::string::npos;
        if (at == std::string::npos)
            fail(number, 8,
                 "\"ANSWER:\" must name one of the options' letters (" + letters_ + "), found \"" +
                     std::string(letter) + "\"");
        current_.options[at].correct = true;
        current_.id = "q" + std::to_string(result_.questions.size() + 1);
        if (auto problem = detail::questionProblem(current_)) fail(stemLine_, 1, *problem);
        result_.questions.push_back(std::move(current_));
        current_ = Question{};
        letters_.clear();
        stemLine_ = 0;
    }

    std::string file_;
    ImportResult result_;
    Question current_;
    std::string letters_; // the option letters of current_, in order
    int stemLine_ = 0;    // where current_ starts; 0 between questions
};

} // namespace

Expected<ImportResult, ImportProblem> importAiken(std::string_view text, const std::string& fileName) {
    try {
        const std::string clean = detail::normalizedText(text, fileName);
        AikenReader reader(fileName);
        int number = 0;
        std::size_t start = 0;
        while (start <= clean.size()) {
            std::size_t end = clean.find('\n', start);
            if (end == std::string::npos) end = clean.size();
            reader.line(detail::trimmed(std::string_view(clean).substr(start, end - start)), ++number);
            start = end + 1;
        }
        return reader.finish(number);
    } catch (const detail::ImportFailure& failure) {
        return unexpected(failure.problem);
    }
}

} // namespace pelita::content
