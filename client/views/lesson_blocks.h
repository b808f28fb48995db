#pragma once
// Draws a parsed lesson, block by block: headings, paragraphs, nested and
// numbered lists, block quotes (a bar and an indent), code, tables (header row
// bold), rules and images. UI thread only, inside the lesson page.
#include "app/app_state.h"
#include "app/intents.h"
#include "views/lesson_text.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace pelita::kiosk::platform {
class TextureCache;
}

namespace pelita::kiosk::views {

struct LessonCanvas {
    LinkHandlers& links;
    platform::TextureCache& textures;
    const std::map<std::string, LessonImage>& images;
    // Told when an image's texture is made (its pixels can go) or found missing.
    const std::string& lessonId;
    const Dispatch& dispatch;
    // The words for an image still loading, and for one that cannot be shown.
    std::string imageLoading;
    std::function<std::string(const std::string& problem)> imageProblem;
};

// Draws every block at the cursor, at most `width` wide. `tops` receives each
// block's top in the window's scrolled content coordinates (for the reading
// position); `end` the bottom of the last.
void drawBlocks(const std::vector<content::Block>& blocks, float width, LessonCanvas& canvas,
                std::vector<float>& tops, float& end);

} // namespace pelita::kiosk::views
