#pragma once
// Where a link in a lesson leads. A kiosk follows links to other lessons of the
// same course; it never opens the web (there is no browser, and often no
// network), so other links are shown as text with a note saying so.
// Pure functions; any thread.
#include <pelita/content/course.h>

#include <string>

namespace pelita::kiosk::views {

enum class LinkKind {
    Lesson,   // another lesson (or this one) of the open course
    External, // the web, e-mail, or a file that is not a lesson: shown, not opened
    Anchor,   // "#part" within the lesson: nothing to open
};

struct LinkTarget {
    LinkKind kind = LinkKind::External;
    std::string lessonId; // for LinkKind::Lesson
};

// `href` as written in `from`'s Markdown: a lesson file relative to it
// ("02-sikap-melayani.md", "../modul-2/bab-1.md#tujuan") or a lesson id ("sikap-melayani").
LinkTarget resolveLink(const content::Course& course, const content::Lesson& from, const std::string& href);

// The lesson before `lessonId` in course order, across modules; empty for the first.
std::string previousLesson(const content::Course& course, const std::string& lessonId);

} // namespace pelita::kiosk::views
