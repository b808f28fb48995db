#include "views/inline_markdown.h"

#include <pelita/content/lesson_document.h>

#include <unordered_map>

namespace pelita::kiosk::views {

const std::string& plainMarkdown(const std::string& markdown) {
    // Bounded by the text of the installed courses; node-based, so references stay valid.
    static std::unordered_map<std::string, std::string> cache;
    auto [it, inserted] = cache.try_emplace(markdown);
    if (inserted)
        for (const auto& block : content::parseLesson(markdown).blocks) {
            if (!it->second.empty()) it->second += "\n";
            it->second += block.plainText();
        }
    return it->second;
}

} // namespace pelita::kiosk::views
