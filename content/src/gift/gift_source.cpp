#include "gift_source.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace pelita::content::detail::gift {

namespace {

constexpr std::string_view kEscapable = ":#={}~\\n";

bool isBlank(std::string_view line) {
    return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool isComment(std::string_view line) {
    const auto first = line.find_first_not_of(" \t");
    return first != std::string_view::npos && line.substr(first, 2) == "//";
}

std::string idIn(std::string_view comment) {
    const auto at = comment.find("[id:");
    if (at == std::string_view::npos) return {};
    const auto end = comment.find(']', at);
    return end == std::string_view::npos ? std::string() : std::string(comment.substr(at + 4, end - at - 4));
}

std::string masked(const std::string& raw) {
    std::string out = raw;
    for (std::size_t i = 0; i + 1 < out.size(); ++i)
        if (raw[i] == '\\' && kEscapable.find(raw[i + 1]) != std::string_view::npos)
            out[i] = out[i + 1] = '\x01', ++i;
    return out;
}

} // namespace

std::vector<Chunk> splitQuestions(const std::string& text) {
    std::vector<Chunk> chunks;
    Chunk current;
    std::string pendingId;
    auto finish = [&] {
        if (current.lines.empty()) return;
        current.masked = masked(current.raw);
        chunks.push_back(std::move(current));
        current = Chunk{};
    };
    std::size_t start = 0;
    for (int number = 1; start <= text.size(); ++number) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string_view line(text.data() + start, end - start);
        if (isComment(line)) {
            if (current.lines.empty() && !idIn(line).empty()) pendingId = idIn(line);
        } else if (isBlank(line)) {
            finish();
        } else {
            if (current.lines.empty()) current.idFromComment = std::exchange(pendingId, {});
            if (!current.lines.empty()) current.raw += '\n';
            current.raw += line;
            current.lines.push_back(number);
        }
        start = end + 1;
    }
    finish();
    return chunks;
}

Position positionOf(const Chunk& chunk, std::size_t offset) {
    std::size_t lineIndex = 0, lineStart = 0;
    for (std::size_t i = 0; i < offset && i < chunk.raw.size(); ++i)
        if (chunk.raw[i] == '\n') ++lineIndex, lineStart = i + 1;
    int column = 1;
    for (std::size_t i = lineStart; i < offset && i < chunk.raw.size(); ++i)
        if ((static_cast<unsigned char>(chunk.raw[i]) & 0xC0) != 0x80) ++column;
    return {chunk.lines[std::min(lineIndex, chunk.lines.size() - 1)], column};
}

std::string takeFormatTag(const std::string& raw, std::size_t& from, std::size_t to) {
    std::size_t at = from;
    while (at < to && (raw[at] == ' ' || raw[at] == '\t' || raw[at] == '\n'))
        ++at;
    for (const char* name : {"html", "moodle", "plain", "markdown"}) {
        const std::string tag = std::string("[") + name + "]";
        if (raw.compare(at, tag.size(), tag) == 0 && at + tag.size() <= to) {
            from = at + tag.size();
            return name;
        }
    }
    return {};
}

std::string cleanText(const std::string& raw, std::size_t from, std::size_t to) {
    takeFormatTag(raw, from, to);
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        const char c = raw[i];
        if (c == '\n') {
            while (!out.empty() && (out.back() == ' ' || out.back() == '\t'))
                out.pop_back();
            out += '\n';
            while (i + 1 < to && (raw[i + 1] == ' ' || raw[i + 1] == '\t'))
                ++i;
        } else if (c == '\\' && i + 1 < to && kEscapable.find(raw[i + 1]) != std::string_view::npos) {
            out += raw[i + 1] == 'n' ? '\n' : raw[i + 1];
            ++i;
        } else {
            out += c;
        }
    }
    const auto first = out.find_first_not_of(" \t\n");
    if (first == std::string::npos) return {};
    return out.substr(first, out.find_last_not_of(" \t\n") - first + 1);
}

} // namespace pelita::content::detail::gift
