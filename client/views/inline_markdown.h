#pragma once
// Question stems and options are Markdown. Until the lesson player draws inline
// styles, they are shown as their plain words, never with raw "**" markers.
#include <string>

namespace pelita::kiosk::views {

// The plain words of `markdown`. Parsed once per distinct text, then remembered,
// because views ask for it every frame. UI thread only.
const std::string& plainMarkdown(const std::string& markdown);

} // namespace pelita::kiosk::views
