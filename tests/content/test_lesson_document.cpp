#include <pelita/content/lesson_document.h>

#include <catch2/catch.hpp>

using namespace pelita::content;

TEST_CASE("headings, paragraphs and inline styles become blocks and spans", "[content][markdown]") {
    auto doc = parseLesson("# Judul\n\nTeks **tebal** dan *miring*.\n\n## Sub\n");
    REQUIRE(doc.blocks.size() == 3);
    CHECK(doc.blocks[0].kind == BlockKind::Heading);
    CHECK(doc.blocks[0].level == 1);
    CHECK(doc.blocks[0].plainText() == "Judul");
    const auto& p = doc.blocks[1];
    CHECK(p.kind == BlockKind::Paragraph);
    REQUIRE(p.spans.size() == 5);
    CHECK(p.spans[1].text == "tebal");
    CHECK(p.spans[1].bold);
    CHECK(p.spans[3].italic);
    CHECK(p.plainText() == "Teks tebal dan miring.");
    CHECK(doc.blocks[2].level == 2);
}

TEST_CASE("ordered, bulleted and nested lists keep numbers and depth", "[content][markdown]") {
    auto doc = parseLesson("3. tiga\n4. empat\n   - dalam\n");
    REQUIRE(doc.blocks.size() == 3);
    CHECK(doc.blocks[0].marker == "3.");
    CHECK(doc.blocks[1].marker == "4.");
    CHECK(doc.blocks[0].level == 1);
    CHECK(doc.blocks[2].level == 2);
    CHECK(doc.blocks[2].marker == "\xE2\x80\xA2");
    CHECK(doc.blocks[2].plainText() == "dalam");
}

TEST_CASE("quotes, tables, code and images are recognised", "[content][markdown]") {
    auto doc = parseLesson("> kutipan\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n```\nkode\n```\n\n![alt](gambar/a.png)\n");
    REQUIRE(doc.blocks.size() == 6);
    CHECK(doc.blocks[0].inQuote);
    CHECK(doc.blocks[1].kind == BlockKind::TableRow);
    CHECK(doc.blocks[1].headerRow);
    REQUIRE(doc.blocks[2].cells.size() == 2);
    CHECK(doc.blocks[2].cells[1][0].text == "2");
    CHECK_FALSE(doc.blocks[2].headerRow);
    CHECK(doc.blocks[3].kind == BlockKind::Code);
    CHECK(doc.blocks[3].plainText() == "kode\n");
    CHECK(doc.blocks[5].kind == BlockKind::Image);
    CHECK(doc.blocks[5].source == "gambar/a.png");
}

TEST_CASE("raw HTML is dropped and entities are decoded", "[content][markdown]") {
    auto doc = parseLesson("<script>alert(1)</script>\n\nA &amp; B <b>x</b>\n");
    REQUIRE(doc.blocks.size() == 1);
    CHECK(doc.blocks[0].plainText().find("script") == std::string::npos);
    CHECK(doc.blocks[0].plainText().rfind("A & B", 0) == 0);
}
