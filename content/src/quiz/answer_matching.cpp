#include "answer_matching.h"

#include <charconv>
#include <cmath>
#include <pelita/content/scoring.h>
#include <vector>

namespace pelita::content {

namespace detail {

std::string_view trimmed(std::string_view text) {
    const char* space = " \t\r\n";
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

namespace {

char folded(char c, bool caseSensitive) {
    return (!caseSensitive && c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// One element of a compiled pattern: a literal character or a `*`.
struct Token {
    char c;
    bool any;
};

std::vector<Token> compile(std::string_view pattern) {
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '\\' && i + 1 < pattern.size() && pattern[i + 1] == '*')
            tokens.push_back({'*', false}), ++i;
        else
            tokens.push_back({pattern[i], pattern[i] == '*'});
    }
    return tokens;
}

} // namespace

bool matchesAcceptedAnswer(std::string_view pattern, std::string_view response, bool caseSensitive) {
    const auto tokens = compile(trimmed(pattern));
    const std::string_view text = trimmed(response);
    // Greedy matching with one backtrack point, linear in practice and never exponential.
    std::size_t t = 0, s = 0, starToken = std::string_view::npos, starText = 0;
    while (s < text.size()) {
        if (t < tokens.size() && tokens[t].any) {
            starToken = t++;
            starText = s;
        } else if (t < tokens.size() &&
                   folded(tokens[t].c, caseSensitive) == folded(text[s], caseSensitive)) {
            ++t, ++s;
        } else if (starToken != std::string_view::npos) {
            t = starToken + 1;
            s = ++starText;
        } else {
            return false;
        }
    }
    while (t < tokens.size() && tokens[t].any)
        ++t;
    return t == tokens.size();
}

} // namespace detail

std::optional<double> parseLearnerNumber(std::string_view text) {
    std::string number(detail::trimmed(text));
    if (!number.empty() && number.front() == '+') number.erase(0, 1);
    if (number.find('.') == std::string::npos) {
        const auto comma = number.find(',');
        if (comma != std::string::npos && number.find(',', comma + 1) == std::string::npos)
            number[comma] = '.';
    }
    if (number.empty()) return std::nullopt;
    double value = 0;
    const char* end = number.data() + number.size();
    auto [ptr, ec] = std::from_chars(number.data(), end, value, std::chars_format::general);
    if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

} // namespace pelita::content
