#pragma once
// A lesson's styled text on screen: the spans of one paragraph, heading, list
// item or table cell set with ui::flowSpans in the real bold, italic and
// monospace faces, with links that can be clicked, tabbed to and activated.
// UI thread only, inside the lesson page.
#include "views/lesson_keys.h"

#include <pelita/content/lesson_document.h>

#include <functional>
#include <string>
#include <vector>

struct ImFont;

namespace pelita::kiosk::views {

// The faces a block is set in: regular, bold, italic, bold italic, code.
struct Faces {
    ImFont* regular;
    ImFont* bold;
    ImFont* italic;
    ImFont* boldItalic;
    ImFont* code;
};
Faces bodyFaces();
Faces headingFaces(int level); // headings are bold at every level, larger for 1 and 2

struct LinkHandlers {
    LessonKeys& keys;
    std::function<void(const std::string& href)> open;     // clicked or Enter
    std::function<void(const std::string& href)> hovered;  // shows where it goes (a tooltip)
};

// Draws `spans` at the cursor, wrapped to `width`, then moves the cursor below.
// `id` keeps the links of different blocks apart.
void drawStyledText(const std::vector<content::TextSpan>& spans, const Faces& faces, float width, int id,
                    LinkHandlers& links);

} // namespace pelita::kiosk::views
