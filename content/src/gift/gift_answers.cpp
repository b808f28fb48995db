// Answer blocks, typed the way Moodle's GIFT importer types them: empty is an
// essay, "#" numerical, any "~" multiple choice, "=" with "->" matching, T/F/TRUE/
// FALSE true/false, anything else short answer.
#include "gift_answers.h"

#include "quiz/import_text.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <vector>

namespace pelita::content::detail::gift {

namespace {

// One "=" or "~" entry: marker, optional %weight%, text, optional #feedback.
struct Entry {
    char marker = '=';
    std::optional<double> weight; // as a fraction: %50% is 0.5
    std::size_t textFrom = 0, textTo = 0;
    std::string text, feedback;
};

class BlockReader {
public:
    explicit BlockReader(const BlockSource& b) : b_(b), raw_(b.chunk.raw), masked_(b.chunk.masked) {}

    [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
        const Position at = positionOf(b_.chunk, offset);
        throw ImportFailure{{b_.file, at.line, at.column, message}};
    }

    std::size_t find(std::string_view what, std::size_t from, std::size_t to) const {
        const std::size_t at = masked_.find(what, from);
        return at == std::string::npos || at + what.size() > to ? std::string::npos : at;
    }
    std::string text(std::size_t from, std::size_t to) const { return cleanText(raw_, from, to); }
    std::string_view maskedText(std::size_t from, std::size_t to) const {
        return std::string_view(masked_).substr(from, to - from);
    }

    double number(std::size_t from, std::size_t to) const {
        const std::string n = text(from, to);
        double value = 0;
        auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), value);
        if (n.empty() || ec != std::errc() || end != n.data() + n.size())
            fail(from, "\"" + n + "\" is not a number (use a dot for decimals, e.g. 3.14)");
        return value;
    }

    // Entries starting at each "=" or "~" in [from, to). Text before the first
    // marker becomes an "=" entry (Moodle's single short answer "{One}").
    std::vector<Entry> entries(std::size_t from, std::size_t to, std::string_view markers) const {
        std::vector<std::size_t> starts;
        for (std::size_t i = from; i < to; ++i)
            if (markers.find(masked_[i]) != std::string_view::npos) starts.push_back(i);
        std::vector<Entry> out;
        if (!text(from, starts.empty() ? to : starts.front()).empty())
            out.push_back(entry('=', from, starts.empty() ? to : starts.front()));
        for (std::size_t k = 0; k < starts.size(); ++k)
            out.push_back(
                entry(masked_[starts[k]], starts[k] + 1, k + 1 < starts.size() ? starts[k + 1] : to));
        return out;
    }

private:
    Entry entry(char marker, std::size_t from, std::size_t to) const {
        Entry e;
        e.marker = marker;
        while (from < to && (raw_[from] == ' ' || raw_[from] == '\t' || raw_[from] == '\n'))
            ++from;
        if (from < to && masked_[from] == '%') {
            const std::size_t end = find("%", from + 1, to);
            if (end == std::string::npos)
                fail(from, "the weight opened with \"%\" is never closed, e.g. %50%");
            e.weight = number(from + 1, end) / 100;
            if (*e.weight < -1 || *e.weight > 1) fail(from, "a weight must be between -100% and 100%");
            from = end + 1;
        }
        const std::size_t hash = find("#", from, to);
        e.textFrom = from;
        e.textTo = hash == std::string::npos ? to : hash;
        e.text = text(from, e.textTo);
        if (hash != std::string::npos) e.feedback = text(hash + 1, to);
        return e;
    }

    const BlockSource& b_;
    const std::string& raw_;
    const std::string& masked_;
};

void readChoices(Question& q, const BlockReader& r, std::size_t from, std::size_t to) {
    const auto entries = r.entries(from, to, "=~");
    bool anyEquals = false;
    for (const auto& e : entries)
        anyEquals = anyEquals || e.marker == '=';
    // Moodle: without any "=" answer, several may be chosen.
    q.type = anyEquals ? QuestionType::SingleChoice : QuestionType::MultipleResponse;
    bool correctGiven = false;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        const double weight = e.weight.value_or(e.marker == '=' ? 1.0 : 0.0);
        Option o{optionId(i), e.text, false, e.feedback};
        if (q.type == QuestionType::MultipleResponse) {
            o.weight = weight;
            o.correct = weight > 0;
        } else if (weight >= 1 && !correctGiven) {
            o.correct = correctGiven = true; // the one shown as the answer
        } else if (weight != 0) {
            o.weight = weight; // partial, or another 100 % answer
        }
        if (o.text.empty()) r.fail(e.textFrom, "an answer has no text");
        q.options.push_back(std::move(o));
    }
}

void readNumbers(Question& q, const BlockReader& r, std::size_t from, std::size_t to) {
    q.type = QuestionType::Numerical;
    for (const Entry& e : r.entries(from, to, "=~")) {
        NumericAnswer n;
        const double weight = e.weight.value_or(e.marker == '=' ? 1.0 : 0.0);
        if (const auto dots = r.find("..", e.textFrom, e.textTo); dots != std::string::npos) {
            n = {r.number(e.textFrom, dots), r.number(dots + 2, e.textTo), weight, {}};
            if (n.min > n.max) r.fail(e.textFrom, "the range's low end is above its high end");
        } else if (const auto colon = r.find(":", e.textFrom, e.textTo); colon != std::string::npos) {
            const double tolerance = r.number(colon + 1, e.textTo);
            if (tolerance < 0) r.fail(colon + 1, "a tolerance must not be negative");
            n = NumericAnswer::around(r.number(e.textFrom, colon), tolerance, weight);
        } else {
            n = NumericAnswer::around(r.number(e.textFrom, e.textTo), 0, weight);
        }
        n.feedback = e.feedback;
        q.numbers.push_back(std::move(n));
    }
}

void readPairs(Question& q, const BlockReader& r, std::size_t from, std::size_t to) {
    q.type = QuestionType::Matching;
    for (const Entry& e : r.entries(from, to, "=")) {
        const std::size_t arrow = r.find("->", e.textFrom, e.textTo);
        if (arrow == std::string::npos)
            r.fail(e.textFrom, "a matching pair needs \"->\" between its two sides");
        const std::string prompt = r.text(e.textFrom, arrow), answer = r.text(arrow + 2, e.textTo);
        if (answer.empty()) r.fail(arrow, "a matching pair has nothing after \"->\"");
        // Moodle offers each distinct answer once; equal texts are one target.
        std::string targetId;
        for (const auto& t : q.targets)
            if (t.text == answer) targetId = t.id;
        if (targetId.empty()) {
            targetId = "t" + std::to_string(q.targets.size() + 1);
            q.targets.push_back({targetId, answer});
        }
        // A pair without a left side only adds a wrong answer to choose from.
        if (!prompt.empty())
            q.prompts.push_back({"p" + std::to_string(q.prompts.size() + 1), prompt, targetId});
    }
}

// {TRUE#feedback when answered wrongly#feedback when answered rightly}, or false
// when the block is not a true/false answer.
bool readTrueFalse(Question& q, const BlockReader& r, std::size_t from, std::size_t to) {
    const std::size_t first = r.find("#", from, to);
    const std::string word = r.text(from, first == std::string::npos ? to : first);
    if (word != "T" && word != "TRUE" && word != "F" && word != "FALSE") return false;
    const bool answer = word == "T" || word == "TRUE";
    const std::size_t second = first == std::string::npos ? first : r.find("#", first + 1, to);
    const std::string wrong = first == std::string::npos ? "" : r.text(first + 1, std::min(second, to));
    const std::string right = second == std::string::npos ? "" : r.text(second + 1, to);
    q.type = QuestionType::TrueFalse;
    q.options = {{"true", "true", answer, answer ? right : wrong},
                 {"false", "false", !answer, answer ? wrong : right}};
    return true;
}

} // namespace

void readAnswerBlock(Question& q, const BlockSource& block) {
    const BlockReader r(block);
    std::size_t to = block.to;
    if (const auto general = r.find("####", block.from, to); general != std::string::npos) {
        q.feedback = r.text(general + 4, to);
        to = general;
    }
    const std::string_view masked = r.maskedText(block.from, to);
    const std::size_t first = masked.find_first_not_of(" \t\n");
    if (first == std::string_view::npos) {
        q.type = QuestionType::Essay;
    } else if (masked[first] == '#') {
        readNumbers(q, r, block.from + first + 1, to);
    } else if (masked.find('~') != std::string_view::npos) {
        readChoices(q, r, block.from, to);
    } else if (masked.find('=') != std::string_view::npos && masked.find("->") != std::string_view::npos) {
        readPairs(q, r, block.from, to);
    } else if (!readTrueFalse(q, r, block.from, to)) {
        q.type = QuestionType::ShortAnswer;
        for (const Entry& e : r.entries(block.from, to, "="))
            q.answers.push_back({e.text, e.weight.value_or(1.0), e.feedback});
    }
}

} // namespace pelita::content::detail::gift
