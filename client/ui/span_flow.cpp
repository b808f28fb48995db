#include "ui/span_flow.h"

namespace pelita::kiosk::ui {
namespace {

// A piece of one span's text: a word fragment, or the space or line break after it.
struct Piece {
    std::size_t span, begin, end;
};

// The fragments of one word (adjacent, with no space between, possibly in
// several spans), and what came before it.
struct Word {
    std::vector<Piece> fragments;
    bool breakBefore = false;          // a "\n" came before it
    bool spaceBefore = false;
    int spaceFace = 0;                 // the face of that space, for its width
};

bool isSpace(char c) { return c == ' ' || c == '\t'; }

std::vector<Word> splitWords(const std::vector<FlowSpan>& spans) {
    std::vector<Word> words;
    bool pendingSpace = false, pendingBreak = false, inWord = false;
    int spaceFace = 0;
    for (std::size_t s = 0; s < spans.size(); ++s) {
        const std::string& text = spans[s].text;
        std::size_t i = 0;
        while (i < text.size()) {
            if (text[i] == '\n') {
                pendingBreak = true;
                pendingSpace = false;
                inWord = false;
                ++i;
            } else if (isSpace(text[i])) {
                if (!pendingBreak) pendingSpace = true;
                spaceFace = spans[s].face;
                inWord = false;
                ++i;
            } else {
                std::size_t end = i;
                while (end < text.size() && text[end] != '\n' && !isSpace(text[end])) ++end;
                if (!inWord) {
                    words.push_back({{}, pendingBreak, pendingSpace, spaceFace});
                    pendingBreak = pendingSpace = false;
                }
                words.back().fragments.push_back({s, i, end});
                inWord = true;
                i = end;
            }
        }
    }
    return words;
}

std::size_t utf8Length(const std::string& text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return std::min(n, text.size() - at);
}

class LineSetter {
public:
    LineSetter(const std::vector<FlowSpan>& spans, float width, const MeasureText& measure)
        : spans_(spans), width_(width), measure_(measure) {}

    void newLine() {
        if (x_ > layout_.widest) layout_.widest = x_;
        ++line_;
        x_ = 0;
        lineEmpty_ = true;
    }

    void place(const Word& word) {
        if (word.breakBefore && !first_) newLine();
        first_ = false;
        float wordWidth = 0;
        for (const auto& f : word.fragments) wordWidth += widthOf(f);
        const float space = word.spaceBefore && !lineEmpty_ ? measure_(word.spaceFace, " ") : 0.0f;
        if (!lineEmpty_ && x_ + space + wordWidth > width_) {
            newLine();
        } else {
            x_ += space;
        }
        if (lineEmpty_ && wordWidth > width_) return cutAcrossLines(word);
        for (const auto& f : word.fragments) add(f, widthOf(f));
    }

    FlowLayout finish() {
        if (x_ > layout_.widest) layout_.widest = x_;
        layout_.lines = layout_.runs.empty() ? 0 : layout_.runs.back().line + 1;
        return std::move(layout_);
    }

private:
    float widthOf(const Piece& p) const {
        return measure_(spans_[p.span].face, std::string_view(spans_[p.span].text).substr(p.begin, p.end - p.begin));
    }

    // A word wider than the whole line (a long URL, a table of digits): set it
    // character by character, breaking wherever the line is full.
    void cutAcrossLines(const Word& word) {
        for (const auto& f : word.fragments) {
            const std::string& text = spans_[f.span].text;
            std::size_t at = f.begin;
            while (at < f.end) {
                std::size_t end = at, taken = at;
                float used = 0;
                while (end < f.end) {
                    const std::size_t next = end + utf8Length(text, end);
                    const float w = measure_(spans_[f.span].face, std::string_view(text).substr(end, next - end));
                    if (!lineEmpty_ || taken > at) {
                        if (x_ + used + w > width_) break;
                    }
                    used += w;
                    end = next;
                    taken = end;
                }
                if (taken == at) { // not even one character fits on this (non-empty) line
                    newLine();
                    continue;
                }
                add({f.span, at, taken}, used);
                at = taken;
                if (at < f.end) newLine();
            }
        }
    }

    void add(const Piece& p, float w) {
        auto& runs = layout_.runs;
        // Words of one span on one line, with only spaces between, draw as one run.
        if (!runs.empty() && runs.back().line == line_ && runs.back().span == p.span) {
            runs.back().end = p.end;
            runs.back().width = x_ + w - runs.back().x;
        } else {
            runs.push_back({p.span, p.begin, p.end, line_, x_, w});
        }
        x_ += w;
        lineEmpty_ = false;
    }

    const std::vector<FlowSpan>& spans_;
    float width_;
    const MeasureText& measure_;
    FlowLayout layout_;
    int line_ = 0;
    float x_ = 0;
    bool lineEmpty_ = true;
    bool first_ = true;
};

} // namespace

FlowLayout flowSpans(const std::vector<FlowSpan>& spans, float width, const MeasureText& measure) {
    LineSetter setter(spans, width, measure);
    for (const auto& word : splitWords(spans)) setter.place(word);
    return setter.finish();
}

} // namespace pelita::kiosk::ui
