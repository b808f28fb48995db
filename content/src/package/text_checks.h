#pragma once
// Internal: the checks a package applies to entry names and text files.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace pelita::content::detail {

// A path as '/'-separated UTF-8 (C++20 gives char8_t strings; packages use char).
std::string utf8Path(const std::filesystem::path& path);

// Validates UTF-8 fed in chunks of any size (a character may straddle two).
// Refuses overlong forms, surrogates and code points above U+10FFFF.
class Utf8Validator {
public:
    bool feed(std::string_view chunk); // false once invalid
    bool finish() const { return valid_ && pending_ == 0; }

private:
    bool valid_ = true;
    int pending_ = 0;                           // continuation bytes still expected
    unsigned char lower_ = 0x80, upper_ = 0xBF; // allowed range of the next continuation byte
};

bool isValidUtf8(std::string_view text);

// A name safe to print: invalid UTF-8 bytes and control characters become \xNN.
std::string printableName(std::string_view raw);

// Why `raw` may not be a file path inside a package, or nullopt when it is fine:
// it must be UTF-8, relative, '/'-separated, with no "..", ".", empty parts,
// backslashes, drive letters or control characters.
std::optional<std::string> entryNameProblem(std::string_view raw);

// The name as a case-insensitive file system would see it (ASCII folding), so
// "Lesson.md" and "lesson.md" count as the same file.
std::string foldCase(std::string_view name);

// Files whose bytes are Markdown or JSON, and so must be valid UTF-8.
bool isTextFile(std::string_view name);

// Media that is compressed already: deflating it again costs time and saves nothing.
bool isCompressedMedia(std::string_view name);

} // namespace pelita::content::detail
