// The runner against a real Dear ImGui context, headless: no window or GL, but
// the same widgets, input path and text capture as the kiosk. Frames are
// counted, never timed; failing steps use timeout 0 so they fail at once.
#include "automation/runner.h"
#include "ui/widgets.h"

#include <catch2/catch.hpp>
#include <functional>
#include <imgui.h>
#include <optional>
#include <sstream>

using namespace pelita::kiosk;
using namespace pelita::kiosk::automation;

namespace {

// An ImGui context with a built font atlas and a key map, as a backend would set up.
struct HeadlessImGui {
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(800, 600);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        for (int key = 0; key < ImGuiKey_COUNT; ++key)
            io.KeyMap[key] = 100 + key;
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }
};

struct Outcome {
    std::optional<int> quitCode;
    std::vector<std::filesystem::path> screenshots;
    std::string log, errors;
    std::string failure;
    int frames = 0;
};

// Runs frames like Window::run until the runner quits or `maxFrames` pass.
Outcome play(const std::string& json, const std::function<void()>& drawWindow, bool screenshotsWork = true,
             int maxFrames = 600) {
    auto script = parseScript(json, "/shots");
    INFO((script ? "" : script.error().describe()));
    REQUIRE(script);
    Outcome out;
    std::ostringstream log, errors;
    AppControls controls{[&](const std::filesystem::path& png, std::string* whyNot) {
                             if (!screenshotsWork)
                                 *whyNot = "disk full";
                             else
                                 out.screenshots.push_back(png);
                             return screenshotsWork;
                         },
                         [&](int code) { out.quitCode = code; }};
    Runner runner(std::move(*script), controls, log, errors);
    while (!out.quitCode && out.frames < maxFrames) {
        runner.beforeNewFrame();
        ImGui::NewFrame();
        runner.frameStarted();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(800, 600));
        ImGui::Begin("Layar", nullptr, ImGuiWindowFlags_NoDecoration);
        drawWindow();
        ImGui::End();
        runner.frameDrawn();
        ImGui::Render();
        runner.afterRender();
        ++out.frames;
    }
    out.log = log.str();
    out.errors = errors.str();
    out.failure = runner.failure();
    return out;
}

} // namespace

TEST_CASE("click presses the button with that label, then expect sees the result",
          "[client][automation][runner]") {
    HeadlessImGui imgui;
    int count = 0;
    auto out = play(R"({"steps": [{"click": "Tambah"}, {"click": "Tambah"}, {"expect": "Jumlah: 2"}]})", [&] {
        ui::Button("Kurangi");
        if (ui::Button("Tambah##counter")) ++count;
        ui::TextWrapped("Jumlah: " + std::to_string(count));
    });
    CHECK(count == 2);
    CHECK(out.quitCode == 0);
    CHECK(out.errors.empty());
    CHECK(out.log.find("step 3/3 ok: expect \"Jumlah: 2\"") != std::string::npos);
}

TEST_CASE("click with an index picks among widgets with the same label", "[client][automation][runner]") {
    HeadlessImGui imgui;
    int first = 0, second = 0;
    auto out = play(R"({"steps": [{"click": "Pilih", "index": 1}]})", [&] {
        if (ui::Button("Pilih##a")) ++first;
        if (ui::Button("Pilih##b")) ++second;
    });
    CHECK(out.quitCode == 0);
    CHECK(first == 0);
    CHECK(second == 1);
}

TEST_CASE("type fills the clicked field and Enter submits it", "[client][automation][runner]") {
    HeadlessImGui imgui;
    std::string nip;
    std::string submitted;
    auto out = play(R"({"steps": [{"click": "NIP"}, {"type": "19850101 Ü"}, {"key": "Enter"}]})", [&] {
        if (ui::InputText("NIP", &nip, ImGuiInputTextFlags_EnterReturnsTrue)) submitted = nip;
    });
    INFO(out.errors);
    CHECK(out.quitCode == 0);
    CHECK(nip == "19850101 Ü");
    CHECK(submitted == "19850101 Ü");
}

TEST_CASE("radio buttons, checkboxes and selectables are clickable by label",
          "[client][automation][runner]") {
    HeadlessImGui imgui;
    int choice = 0;
    bool agree = false;
    bool picked = false;
    auto out =
        play(R"({"steps": [{"click": "B. Dua"}, {"click": "Saya setuju"}, {"click": "Kursus A"}]})", [&] {
            if (ui::RadioButton("A. Satu", choice == 0)) choice = 0;
            if (ui::RadioButton("B. Dua", choice == 1)) choice = 1;
            ui::Checkbox("Saya setuju", &agree);
            if (ui::Selectable("Kursus A", picked)) picked = true;
        });
    CHECK(out.quitCode == 0);
    CHECK(choice == 1);
    CHECK(agree);
    CHECK(picked);
}

TEST_CASE("a button below the fold is scrolled into view and clicked", "[client][automation][runner]") {
    HeadlessImGui imgui;
    bool done = false;
    auto out = play(R"({"steps": [{"click": "Selesai"}]})", [&] {
        for (int i = 0; i < 80; ++i)
            ui::TextWrapped("Paragraf " + std::to_string(i));
        if (ui::Button("Selesai")) done = true;
    });
    INFO(out.errors);
    CHECK(out.quitCode == 0);
    CHECK(done);
}

TEST_CASE("a failing expect reports the step and what the screen showed", "[client][automation][runner]") {
    HeadlessImGui imgui;
    auto out = play(
        R"({"steps": [{"expect": "Masuk"}, {"expect": "Skor", "timeout_ms": 0}, {"click": "Masuk"}]})", [&] {
            ui::Heading("Masuk");
            ui::Button("Masuk##login");
        });
    CHECK(out.quitCode == kExitStepFailed);
    CHECK(out.errors == out.failure);
    CHECK(out.errors.find("step 2 of 3 failed: expect \"Skor\": not on screen after 0 ms") !=
          std::string::npos);
    CHECK(out.errors.find("clickable labels on screen: \"Masuk\"") != std::string::npos);
    CHECK(out.errors.find("| Masuk") != std::string::npos);
}

TEST_CASE("expect_not fails while the text stays on screen", "[client][automation][runner]") {
    HeadlessImGui imgui;
    auto ok = play(R"({"steps": [{"expect_not": "Galat"}]})", [&] { ui::Muted("Semua baik"); });
    CHECK(ok.quitCode == 0);
    auto bad = play(R"({"steps": [{"expect_not": "Galat", "timeout_ms": 0}]})",
                    [&] { ui::Muted("Galat: PIN salah"); });
    CHECK(bad.quitCode == kExitStepFailed);
    CHECK(bad.errors.find("still on screen") != std::string::npos);
}

TEST_CASE("click fails on a missing, surplus-index or disabled widget", "[client][automation][runner]") {
    HeadlessImGui imgui;
    auto missing = play(R"({"steps": [{"click": "Keluar", "timeout_ms": 0}]})", [&] { ui::Button("Masuk"); });
    CHECK(missing.quitCode == kExitStepFailed);
    CHECK(missing.errors.find("no widget with this label") != std::string::npos);

    auto index =
        play(R"({"steps": [{"click": "Masuk", "index": 1, "timeout_ms": 0}]})", [&] { ui::Button("Masuk"); });
    CHECK(index.errors.find("only 1 widget(s) with this label") != std::string::npos);

    bool pressed = false;
    auto disabled = play(R"({"steps": [{"click": "Kirim", "timeout_ms": 0}]})", [&] {
        ImGui::BeginDisabled();
        pressed = ui::Button("Kirim") || pressed;
        ImGui::EndDisabled();
    });
    CHECK(disabled.quitCode == kExitStepFailed);
    CHECK(disabled.errors.find("disabled") != std::string::npos);
    CHECK_FALSE(pressed);
}

TEST_CASE("type without a focused field fails with a hint", "[client][automation][runner]") {
    HeadlessImGui imgui;
    std::string text;
    auto out =
        play(R"({"steps": [{"type": "abc", "timeout_ms": 0}]})", [&] { ui::InputText("Nama", &text); });
    CHECK(out.quitCode == kExitStepFailed);
    CHECK(out.errors.find("click the field first") != std::string::npos);
    CHECK(text.empty());
}

TEST_CASE("screenshot and quit steps go through the app's controls", "[client][automation][runner]") {
    HeadlessImGui imgui;
    auto out = play(
        R"({"steps": [{"screenshot": "a.png"}, {"quit": 7}, {"expect": "never reached", "timeout_ms": 0}]})",
        [&] { ui::TextWrapped("Beranda"); });
    CHECK(out.quitCode == 7);
    REQUIRE(out.screenshots.size() == 1);
    CHECK(out.screenshots[0] == std::filesystem::path("/shots/a.png"));
    CHECK(out.errors.empty());

    auto broken = play(R"({"steps": [{"screenshot": "a.png"}]})", [&] {}, false);
    CHECK(broken.quitCode == kExitStepFailed);
    CHECK(broken.errors.find("could not save the screenshot: disk full") != std::string::npos);
}

TEST_CASE("screen text holds what was drawn, and capture opens no tree node",
          "[client][automation][runner]") {
    HeadlessImGui imgui;
    auto out = play(
        R"({"steps": [{"expect": "Ringkasan"}, {"expect_not": "Isi tersembunyi", "timeout_ms": 0}]})", [&] {
            ui::TextWrapped("Ringkasan modul");
            if (ImGui::TreeNode("Detail")) {
                ui::TextWrapped("Isi tersembunyi");
                ImGui::TreePop();
            }
        });
    INFO(out.errors);
    CHECK(out.quitCode == 0);
}

TEST_CASE("an app that closes mid-script ends with the incomplete code", "[client][automation][runner]") {
    HeadlessImGui imgui;
    auto script = parseScript(R"({"steps": [{"expect": "Skor"}]})", "/");
    REQUIRE(script);
    std::ostringstream log, errors;
    Runner runner(std::move(*script), AppControls{}, log, errors);
    CHECK_FALSE(runner.finished());
    CHECK(runner.exitCode(0) == kExitIncomplete);
    CHECK(errors.str().find("step 1 of 1 failed: expect \"Skor\": the app closed") != std::string::npos);
}

TEST_CASE("text of every window is captured, raw ImGui text included", "[client][automation][runner]") {
    HeadlessImGui imgui;
    auto out = play(
        R"({"steps": [{"expect": "Teks mentah"}, {"expect": "Konfirmasi keluar"}, {"click": "Ya"}]})", [&] {
            ImGui::TextUnformatted("Teks mentah"); // not a ui:: call: captured in the frame's first window
            ImGui::End();                          // close "Layar" early to draw a second top-level window
            ImGui::SetNextWindowPos(ImVec2(100, 100));
            ImGui::Begin("Dialog");
            ui::TextWrapped("Konfirmasi keluar"); // a ui:: call resumes capture after Layar's End()
            ui::Button("Ya");
            ImGui::End();
            ImGui::Begin("Layar"); // reopen so play()'s End() matches
        });
    INFO(out.errors);
    CHECK(out.quitCode == 0);
}
