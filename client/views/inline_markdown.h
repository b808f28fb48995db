#pragma once
// Question stems and options are Markdown. Until the lesson player draws inline
// styles, they are shown as their plain words, never with raw "**" markers.
#include <pelita/content/lesson_document.h>

#include <string>
#include <string_view>

namespace pelita::kiosk::views {

inline std::string plainMarkdown(std::string_view markdown) {
    std::string out;
    for (const auto& block : content::parseLesson(markdown).blocks) {
        if (!out.empty()) out += "\n";
        out += block.plainText();
    }
    return out;
}

} // namespace pelita::kiosk::views
