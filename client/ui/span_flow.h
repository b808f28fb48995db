#pragma once
// Span flow: lays out a paragraph whose words come in spans of different faces
// (regular, bold, italic, code) as lines of a given width, the way a book sets
// mixed type. Pure logic: the caller measures text (ImGui's CalcTextSizeA in the
// kiosk, a fixed advance in tests) and draws the runs it gets back.
//
// Lines break at spaces; a word that spans several styles ("**ASN**-nya") stays
// whole; a word wider than the line is cut between characters (UTF-8 aware);
// "\n" in a span forces a break. Spaces at the start and end of a line are dropped.
// Threads: any; no state.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pelita::kiosk::ui {

struct FlowSpan {
    std::string text;
    int face = 0; // the caller's face number, handed back to measure()
};

// One piece of one span on one line: draw span `span`'s bytes [begin, end) at x.
struct FlowRun {
    std::size_t span = 0;
    std::size_t begin = 0, end = 0;
    int line = 0;
    float x = 0;
    float width = 0;
};

struct FlowLayout {
    std::vector<FlowRun> runs;
    int lines = 0;       // 0 only for a paragraph with no visible text
    float widest = 0;    // the widest line, <= the width asked for unless one character is wider
};

// Width of `text` set in `face`.
using MeasureText = std::function<float(int face, std::string_view text)>;

FlowLayout flowSpans(const std::vector<FlowSpan>& spans, float width, const MeasureText& measure);

} // namespace pelita::kiosk::ui
