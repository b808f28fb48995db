#pragma once
// Parts of the quiz player shared by its files and the result screen.
// UI thread only, like every view.
#include "views/view_context.h"

#include <pelita/content/quiz_attempt.h>

#include <string>

namespace pelita::kiosk::views {

// The control that fits the question's type (view_quiz_controls.cpp): radio
// buttons, check boxes, text and number fields, drop-downs, up/down buttons, a
// multi-line field or a scale. It shows `response` and sends Answer, or Draft for
// text being typed and for every change when `compose` (immediate feedback, where
// "check" commits). `locked` shows the response without letting it change.
void drawAnswerControl(ViewContext& ctx, const content::Question& question, const content::DrawnQuestion& drawn,
                       const std::string& response, bool locked, bool compose);

// The learner's response in words, e.g. "Padang" or "Senyum → ramah" (view_quiz_feedback.cpp).
std::string describeResponse(ViewContext& ctx, const content::Question& question, const std::string& response);

// Right, wrong or partial with the feedback the quiz gives for the response, and the
// right answer when it was missed. `n` is the question's number in the attempt.
void drawQuestionFeedback(ViewContext& ctx, const content::Question& question, const std::string& response,
                          std::size_t n);

} // namespace pelita::kiosk::views
