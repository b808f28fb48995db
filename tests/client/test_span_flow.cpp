// The lesson player's span flow: wrapping words of mixed faces into lines.
// Measured with fixed advances (10 px a character, 12 px in face 1, "bold"), so
// every expected position can be worked out by hand.
#include "ui/span_flow.h"

#include <catch2/catch.hpp>

using pelita::kiosk::ui::FlowLayout;
using pelita::kiosk::ui::FlowSpan;
using pelita::kiosk::ui::flowSpans;

namespace {

float fixedAdvance(int face, std::string_view text) {
    float chars = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++chars; // count UTF-8 characters, not bytes
    return chars * (face == 1 ? 12.0f : 10.0f);
}

FlowLayout flow(const std::vector<FlowSpan>& spans, float width) { return flowSpans(spans, width, fixedAdvance); }

// The text of each line, runs joined with "|" where the span changes.
std::vector<std::string> lines(const std::vector<FlowSpan>& spans, const FlowLayout& layout) {
    std::vector<std::string> out(static_cast<std::size_t>(layout.lines));
    for (const auto& run : layout.runs) {
        auto& line = out[static_cast<std::size_t>(run.line)];
        if (!line.empty()) line += "|";
        line += spans[run.span].text.substr(run.begin, run.end - run.begin);
    }
    return out;
}

} // namespace

TEST_CASE("a paragraph that fits stays on one line as one run", "[client][span_flow]") {
    const std::vector<FlowSpan> spans{{"Pelayanan publik yang prima", 0}};
    const auto layout = flow(spans, 1000);
    REQUIRE(layout.lines == 1);
    REQUIRE(layout.runs.size() == 1);
    CHECK(layout.runs[0].x == 0);
    CHECK(layout.runs[0].width == 270);
    CHECK(layout.widest == 270);
}

TEST_CASE("lines break at spaces and drop the spaces at the break", "[client][span_flow]") {
    const std::vector<FlowSpan> spans{{"satu dua tiga empat", 0}};
    // "satu dua" is 80 px; "satu dua tiga" would be 130; "tiga empat" is exactly 100.
    const auto layout = flow(spans, 100);
    CHECK(lines(spans, layout) == std::vector<std::string>{"satu dua", "tiga empat"});
    CHECK(lines(spans, flow(spans, 99)) == std::vector<std::string>{"satu dua", "tiga", "empat"});
    for (const auto& run : layout.runs) CHECK(run.x == 0);
}

TEST_CASE("bold and regular words share a line, each at its own advance", "[client][span_flow]") {
    const std::vector<FlowSpan> spans{{"ASN wajib ", 0}, {"melayani", 1}, {" dengan ramah", 0}};
    const auto layout = flow(spans, 1000);
    REQUIRE(layout.lines == 1);
    REQUIRE(layout.runs.size() == 3);
    CHECK(layout.runs[1].span == 1);
    CHECK(layout.runs[1].x == 100);           // "ASN wajib" 90 + a regular space 10
    CHECK(layout.runs[1].width == 96);        // 8 bold characters
    CHECK(layout.runs[2].x == 206);           // after the bold word and a space
    CHECK(layout.runs[2].width == 120);       // "dengan ramah"
}

TEST_CASE("a word made of several styles is never split between lines", "[client][span_flow]") {
    // "**ASN**-nya": no space between the bold and the regular part.
    const std::vector<FlowSpan> spans{{"kata kata ", 0}, {"ASN", 1}, {"-nya", 0}};
    const auto layout = flow(spans, 130); // "kata kata" 90; with " ASN-nya" (10+36+40) it would be 176
    CHECK(lines(spans, layout) == std::vector<std::string>{"kata kata", "ASN|-nya"});
    REQUIRE(layout.runs.size() == 3);
    CHECK(layout.runs[2].x == 36);
}

TEST_CASE("a word wider than the line is cut between characters, never inside one", "[client][span_flow]") {
    const std::vector<FlowSpan> spans{{"lihat https://jdih.go.id/uu-25 ya", 0}};
    const auto layout = flow(spans, 100);
    CHECK(lines(spans, layout) ==
          std::vector<std::string>{"lihat", "https://jd", "ih.go.id/u", "u-25 ya"});
    CHECK(layout.widest <= 100);

    // Multi-byte characters stay whole: 6 of "é" are 60 px; a 25 px line holds two.
    const std::vector<FlowSpan> accents{{"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 0}};
    CHECK(lines(accents, flow(accents, 25)) ==
          std::vector<std::string>{"\xC3\xA9\xC3\xA9", "\xC3\xA9\xC3\xA9", "\xC3\xA9\xC3\xA9"});
}

TEST_CASE("a character wider than the line still gets a line of its own", "[client][span_flow]") {
    const std::vector<FlowSpan> spans{{"ab", 0}};
    const auto layout = flow(spans, 5);
    CHECK(lines(spans, layout) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("a hard line break starts a new line; leading spaces are dropped", "[client][span_flow]") {
    const std::vector<FlowSpan> spans{{"  Jl. Sudirman No. 1", 0}, {"\n", 0}, {"Sawahlunto", 1}};
    const auto layout = flow(spans, 1000);
    CHECK(lines(spans, layout) == std::vector<std::string>{"Jl. Sudirman No. 1", "Sawahlunto"});
    CHECK(layout.runs[0].x == 0);
}

TEST_CASE("a paragraph with no visible text has no lines", "[client][span_flow]") {
    CHECK(flow({}, 100).lines == 0);
    CHECK(flow({{"   ", 0}}, 100).runs.empty());
}

TEST_CASE("a narrower column makes more lines, never a line wider than the column", "[client][span_flow]") {
    std::vector<FlowSpan> spans;
    for (int i = 0; i < 40; ++i) spans.push_back({i % 3 ? "kata " : "tebal ", i % 3 ? 0 : 1});
    int previous = 0;
    for (float width : {2000.0f, 600.0f, 300.0f, 120.0f}) {
        const auto layout = flow(spans, width);
        CHECK(layout.lines > previous);
        CHECK(layout.widest <= width);
        for (const auto& run : layout.runs) CHECK(run.x + run.width <= width);
        previous = layout.lines;
    }
}
