#pragma once
// Captures the text ImGui renders in a frame (labels, text, field contents,
// window titles), so automation can check what a learner would read.
//
// It rides on ImGui's logging, which RenderText feeds. ImGui 1.86 ends logging
// at the End() of every top-level window, so each ui:: widget call resumes it:
// a window's text is captured from its first ui:: call on (the first window of
// the frame entirely). Text scrolled out of view is not rendered, so not captured.
// Threads: UI thread only, within one frame.
#include <string>

namespace pelita::kiosk::ui {

// Call right after ImGui::NewFrame().
void beginTextCapture();
// Called by every ui:: wrapper; resumes capture after a window ended it.
// Does nothing unless a capture is running.
void continueTextCapture();
// Call after the app drew and before ImGui::Render(); returns the frame's text,
// one screen line per line, items on one line separated by spaces.
std::string endTextCapture();

} // namespace pelita::kiosk::ui
