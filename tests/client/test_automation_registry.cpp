// WidgetRegistry: finding widgets by visible label in the last finished frame.
#include "ui/widget_registry.h"

#include <catch2/catch.hpp>

using namespace pelita::kiosk::ui;

namespace {

WidgetRecord widget(std::string label, float x) {
    WidgetRecord w;
    w.label = std::move(label);
    w.kind = "button";
    w.rect = {x, 10, x + 100, 50};
    w.visible = w.rect;
    return w;
}

} // namespace

TEST_CASE("the visible label is the text before ##", "[client][automation][registry]") {
    CHECK(visibleLabel("Simpan##form") == "Simpan");
    CHECK(visibleLabel("Simpan###form") == "Simpan");
    CHECK(visibleLabel("Simpan") == "Simpan");
    CHECK(visibleLabel("##hidden").empty());
    CHECK(visibleLabel("Nilai #1##q") == "Nilai #1"); // a single # is text
}

TEST_CASE("widgets are found by label and index in the published frame", "[client][automation][registry]") {
    WidgetRegistry reg;
    reg.setEnabled(true);
    reg.beginFrame();
    reg.record(widget("Berikutnya", 0));
    reg.record(widget("Kembali", 200));
    reg.record(widget("Berikutnya", 400));
    CHECK(reg.find("Berikutnya") == nullptr); // not published yet
    reg.endFrame("Pelajaran 1\nBerikutnya Kembali Berikutnya\n");

    REQUIRE(reg.find("Berikutnya"));
    CHECK(reg.find("Berikutnya")->rect.minX == 0);
    REQUIRE(reg.find("Berikutnya", 1));
    CHECK(reg.find("Berikutnya", 1)->rect.minX == 400);
    CHECK(reg.find("Berikutnya", 2) == nullptr);
    CHECK(reg.count("Berikutnya") == 2);
    CHECK(reg.count("Kembali") == 1);
    CHECK(reg.find("Kemb") == nullptr); // labels match exactly
    CHECK(reg.frameNumber() == 1);

    SECTION("the next frame replaces the previous one") {
        reg.beginFrame();
        reg.record(widget("Selesai", 0));
        CHECK(reg.find("Kembali")); // still the old frame while drawing
        reg.endFrame("Skor: 80");
        CHECK(reg.find("Kembali") == nullptr);
        CHECK(reg.find("Selesai"));
        CHECK(reg.frameNumber() == 2);
    }
}

TEST_CASE("screen text matches rendered text and labels", "[client][automation][registry]") {
    WidgetRegistry reg;
    reg.setEnabled(true);
    reg.beginFrame();
    reg.record(widget("Kirim jawaban", 0));
    reg.endFrame("Skor Anda: 80 %\n");
    CHECK(reg.showsText("Skor Anda"));
    CHECK(reg.showsText("80 %"));
    CHECK(reg.showsText("Kirim")); // substring of a label
    CHECK_FALSE(reg.showsText("Galat"));
}

TEST_CASE("a disabled registry records nothing", "[client][automation][registry]") {
    WidgetRegistry reg;
    reg.beginFrame();
    reg.record(widget("Mulai", 0));
    reg.endFrame("");
    CHECK(reg.find("Mulai") == nullptr);
    CHECK(reg.widgets().empty());
}

TEST_CASE("screen rects intersect and contain", "[client][automation][registry]") {
    const ScreenRect window{0, 0, 100, 100};
    const ScreenRect inside{10, 10, 20, 20};
    const ScreenRect straddling{90, 90, 120, 120};
    CHECK(window.contains(inside));
    CHECK_FALSE(window.contains(straddling));
    const auto part = window.intersect(straddling);
    CHECK(part.minX == 90);
    CHECK(part.maxX == 100);
    CHECK_FALSE(part.empty());
    CHECK(window.intersect(ScreenRect{200, 200, 300, 300}).empty());
    CHECK(inside.centerX() == 15);
}
