#include "package/text_checks.h"

#include <algorithm>
#include <initializer_list>

namespace pelita::content::detail {

std::string utf8Path(const std::filesystem::path& path) {
    const auto text = path.generic_u8string();
    return std::string(text.begin(), text.end());
}

bool Utf8Validator::feed(std::string_view chunk) {
    for (const char ch : chunk) {
        if (!valid_) return false;
        const auto c = static_cast<unsigned char>(ch);
        if (pending_ > 0) {
            if (c < lower_ || c > upper_) return valid_ = false;
            lower_ = 0x80, upper_ = 0xBF;
            --pending_;
            continue;
        }
        // The first continuation byte's range depends on the lead byte (RFC 3629).
        if (c < 0x80) continue;
        if (c >= 0xC2 && c <= 0xDF)
            pending_ = 1;
        else if (c == 0xE0)
            pending_ = 2, lower_ = 0xA0;
        else if (c == 0xED)
            pending_ = 2, upper_ = 0x9F;
        else if (c >= 0xE1 && c <= 0xEF)
            pending_ = 2;
        else if (c == 0xF0)
            pending_ = 3, lower_ = 0x90;
        else if (c == 0xF4)
            pending_ = 3, upper_ = 0x8F;
        else if (c >= 0xF1 && c <= 0xF3)
            pending_ = 3;
        else
            return valid_ = false;
    }
    return valid_;
}

bool isValidUtf8(std::string_view text) {
    Utf8Validator v;
    v.feed(text);
    return v.finish();
}

std::string printableName(std::string_view raw) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    Utf8Validator whole;
    const bool utf8 = whole.feed(raw) && whole.finish();
    for (const char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F || (!utf8 && c >= 0x80))
            out += std::string("\\x") + kHex[c >> 4] + kHex[c & 15];
        else
            out += ch;
    }
    return out;
}

std::optional<std::string> entryNameProblem(std::string_view raw) {
    if (raw.empty()) return "has an empty name";
    if (!isValidUtf8(raw)) return "has a name that is not valid UTF-8";
    for (const char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F) return "has a control character in its name";
        if (ch == '\\') return "uses a backslash; package paths use '/' and must stay inside the course";
        if (ch == ':') return "has a ':' (a drive letter or stream name) in its name";
    }
    if (raw.front() == '/') return "is an absolute path; package paths must stay inside the course";
    std::size_t start = 0;
    while (start <= raw.size()) {
        const std::size_t end = std::min(raw.find('/', start), raw.size());
        const std::string_view part = raw.substr(start, end - start);
        if (part == "..") return "uses \"..\" to leave the course folder";
        if (part == ".") return "has a \".\" part in its path";
        // A trailing '/' marks a folder entry; anywhere else an empty part is "//".
        if (part.empty() && end != raw.size()) return "has an empty part (\"//\") in its path";
        start = end + 1;
    }
    return std::nullopt;
}

std::string foldCase(std::string_view name) {
    std::string out(name);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

namespace {
bool endsWithAny(std::string_view name, std::initializer_list<std::string_view> endings) {
    const std::string folded = foldCase(name);
    for (const auto e : endings)
        if (folded.size() >= e.size() && folded.compare(folded.size() - e.size(), e.size(), e) == 0)
            return true;
    return false;
}
} // namespace

bool isTextFile(std::string_view name) {
    return endsWithAny(name, {".md", ".json", ".txt", ".gift", ".aiken"});
}

bool isCompressedMedia(std::string_view name) {
    return endsWithAny(name, {".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4", ".m4a", ".mp3", ".ogg",
                              ".webm", ".zip", ".pdf"});
}

} // namespace pelita::content::detail
